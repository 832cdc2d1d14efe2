# source: integration-cli/docker_cli_inspect_test.go TestInspectJSONFields
# fixtures: busybox
d run --name=busybox -d --network none busybox top
d inspect --type=container '--format={{.HostConfig.Dns}}' busybox
d rm -f busybox
