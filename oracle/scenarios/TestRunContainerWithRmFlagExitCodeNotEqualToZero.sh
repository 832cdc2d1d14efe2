# source: integration-cli/docker_cli_run_test.go TestRunContainerWithRmFlagExitCodeNotEqualToZero
# fixtures: busybox
d run --network none --name flowers --rm busybox ls /notexists
d ps -q -a
