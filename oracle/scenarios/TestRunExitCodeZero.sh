# source: integration-cli/docker_cli_run_test.go TestRunExitCodeZero
# fixtures: busybox
d run --network none busybox true
