# source: integration-cli/docker_cli_run_test.go TestRunWrongCpusetMemsFlagValue
# fixtures: busybox
d run --network none --cpuset-mems 1-42-- busybox true
