# source: integration-cli/docker_cli_create_test.go TestCreateWithLargePortRange
# fixtures: busybox
d create --network none --name c1 -p 1-65535:1-65535/tcp busybox echo
d inspect --format '{{len .HostConfig.PortBindings}} {{len .Config.ExposedPorts}}' c1
d inspect --format '{{index .HostConfig.PortBindings "65535/tcp"}}' c1
