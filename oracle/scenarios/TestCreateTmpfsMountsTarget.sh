# source: integration/container/create_test.go TestCreateTmpfsMountsTarget (moby v20.10.24)
# fixtures: busybox
d create --network none --tmpfs . busybox
d create --network none --tmpfs foo busybox
d create --network none --tmpfs / busybox
d create --network none --tmpfs // busybox
d create --network none --mount type=tmpfs,destination=/ busybox
d create --network none --mount type=tmpfs,destination=rel busybox
d ps -aq
