# source: integration-cli/docker_cli_run_test.go TestRunUserByIDBig
# fixtures: busybox
d run --network none -u 2147483648 busybox id
d ps -a --format '{{.Status}}'
