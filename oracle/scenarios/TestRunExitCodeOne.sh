# source: integration-cli/docker_cli_run_test.go TestRunExitCodeOne
# fixtures: busybox
d run --network none busybox false
d ps -a --format '{{.Status}}'
