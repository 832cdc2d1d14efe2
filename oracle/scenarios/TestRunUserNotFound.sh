# source: integration-cli/docker_cli_run_test.go TestRunUserNotFound
# fixtures: busybox
d run --network none -u notme busybox id
d ps -a --format '{{.Status}}'
