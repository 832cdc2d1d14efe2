# source: integration-cli/docker_cli_run_test.go TestRunRm
# fixtures: busybox
d run --network none --name=miss-me-when-im-gone --rm busybox
d inspect --format '{{.name}}' miss-me-when-im-gone
