# source: integration/container/create_test.go TestCreateVolumesFromNonExistingContainer (moby v20.10.24)
# fixtures: busybox
d create --network none --volumes-from nosuchcontainer busybox
d run --network none --volumes-from nosuchcontainer busybox true
d ps -aq
