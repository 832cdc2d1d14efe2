# source: integration-cli/docker_cli_inspect_test.go TestInspectInt64
# fixtures: busybox
d run -d -m=300M --network none --name inspectTest busybox true
d wait inspectTest
d inspect --format '{{.HostConfig.Memory}}' inspectTest
d inspect --format '{{json .HostConfig.Memory}} {{json .HostConfig.MemorySwap}}' inspectTest
