# source: integration-cli/docker_api_containers_test.go TestCreateWithTooLowMemoryLimit (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none -m 200k busybox
d create --network none -m 5M busybox
d ps -aq
