# source: integration-cli/docker_cli_run_test.go TestRunContainerWithRmFlagCannotStartContainer
# fixtures: busybox
d run --network none --name sparkles --rm busybox commandNotFound
d ps -q -a
