# source: integration-cli/docker_cli_run_test.go TestCmdCannotBeInvoked
# fixtures: busybox
d run --network none --name testCmdCannotBeInvoked busybox /etc
d inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' testCmdCannotBeInvoked
