# source: integration-cli/docker_cli_run_test.go TestRunNonExecutableCmd
# fixtures: busybox
d run --network none --name testNonExecutableCmd busybox foo
d ps -a --format '{{.Names}} {{.Status}}'
d inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' testNonExecutableCmd
