# source: integration-cli/docker_cli_run_test.go TestRunExitCode
# fixtures: busybox
d run --network none busybox /bin/sh -c 'exit 72'
