# source: integration-cli/docker_cli_run_test.go TestRunUserDefaults
# fixtures: busybox
d run --network none busybox id
