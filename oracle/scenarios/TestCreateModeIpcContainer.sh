# source: integration-cli/docker_cli_create_test.go TestCreateModeIpcContainer
# fixtures: busybox
d create --network none --name c1 busybox
d create --network none --name c2 --ipc=container:c1 busybox
d inspect --format '{{.HostConfig.IpcMode}}' c2
