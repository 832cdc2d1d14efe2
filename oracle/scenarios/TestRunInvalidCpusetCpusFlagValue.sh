# source: integration-cli/docker_cli_run_unix_test.go TestRunInvalidCpusetCpusFlagValue
# fixtures: busybox
note the first CPU the host does not have: the host has 0-1
d run --network none --cpuset-cpus 2 busybox true
d run --network none --cpuset-cpus 0-7 busybox true
d ps -a --format '{{.Status}}'
