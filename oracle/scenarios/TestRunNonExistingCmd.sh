# source: integration-cli/docker_cli_run_test.go TestRunNonExistingCmd
# fixtures: busybox
d run --network none --name testNonExistingCmd busybox /bin/foo
d inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' testNonExistingCmd
