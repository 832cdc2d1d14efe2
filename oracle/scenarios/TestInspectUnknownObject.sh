# source: integration-cli/docker_cli_inspect_test.go TestInspectUnknownObject
# fixtures: busybox
d inspect foobar
d inspect --format '{{.Id}}' foobar busybox
