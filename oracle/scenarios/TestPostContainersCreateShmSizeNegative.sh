# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateShmSizeNegative (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --shm-size -1 busybox
d create --network none --shm-size nonsense busybox
