# source: integration-cli/docker_cli_run_test.go TestRunUserByIDZero
# fixtures: busybox
d run --network none -u 0 busybox id
