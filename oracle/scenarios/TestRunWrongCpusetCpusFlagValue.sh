# source: integration-cli/docker_cli_run_test.go TestRunWrongCpusetCpusFlagValue
# fixtures: busybox
d run --network none --cpuset-cpus 1-10,11-- busybox true
