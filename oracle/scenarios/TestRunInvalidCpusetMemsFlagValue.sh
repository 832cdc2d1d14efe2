# source: integration-cli/docker_cli_run_unix_test.go TestRunInvalidCpusetMemsFlagValue
# fixtures: busybox
d run --network none --cpuset-mems 1 busybox true
