# source: integration/container/create_test.go TestCreateWithInvalidEnv (moby v20.10.24)
# fixtures: busybox
d create --network none -e '' busybox
d create --network none -e = busybox
d create --network none -e =foo busybox
d run --network none --rm -e =foo busybox true
d ps -aq
