# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateWithStringOrSliceCapAddDrop (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name caps --cap-add NET_ADMIN --cap-drop SYS_ADMIN busybox
d inspect -f '{{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}}' caps
