# source: integration-cli/docker_cli_create_test.go TestCreateHostConfig
# fixtures: busybox
d create --network none --name c1 -P busybox echo
d inspect --format '{{.HostConfig.PublishAllPorts}}' c1
