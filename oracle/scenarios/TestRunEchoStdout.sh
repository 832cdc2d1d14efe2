# source: integration-cli/docker_cli_run_test.go TestRunEchoStdout
# fixtures: busybox
d run --network none busybox echo test123
