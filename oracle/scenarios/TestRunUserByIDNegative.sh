# source: integration-cli/docker_cli_run_test.go TestRunUserByIDNegative
# fixtures: busybox
d run --network none -u -1 busybox id
