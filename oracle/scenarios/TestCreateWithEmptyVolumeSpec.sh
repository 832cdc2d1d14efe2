# source: docker/cli v28.2.2 e2e/container/create_test.go TestCreateWithEmptyVolumeSpec
# fixtures: busybox
d create --network none -v '' busybox
