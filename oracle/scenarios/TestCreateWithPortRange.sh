# source: integration-cli/docker_cli_create_test.go TestCreateWithPortRange
# fixtures: busybox
d create --network none --name c1 -p 3300-3303:3300-3303/tcp busybox echo
d inspect --format '{{json .HostConfig.PortBindings}}' c1
d inspect --format '{{json .Config.ExposedPorts}}' c1
