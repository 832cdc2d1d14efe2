# source: integration-cli/docker_cli_inspect_test.go TestInspectTypeFlagWithInvalidValue
# fixtures: busybox
d run --name=busybox -d --network none busybox true
d inspect --type=foobar busybox
