# source: integration-cli/docker_cli_inspect_test.go TestInspectTypeFlagWithNoContainer
# fixtures: busybox
q run -d --network none busybox true >/dev/null
d inspect --type=container busybox
