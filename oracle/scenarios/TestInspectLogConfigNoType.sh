# source: integration-cli/docker_cli_inspect_test.go TestInspectLogConfigNoType
# fixtures: busybox
d create --network none --name=test --log-opt max-file=42 busybox
d inspect --format '{{json .HostConfig.LogConfig}}' test
