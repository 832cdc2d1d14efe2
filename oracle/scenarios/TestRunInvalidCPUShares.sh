# source: integration-cli/docker_cli_run_unix_test.go TestRunInvalidCPUShares
# fixtures: busybox
d run --network none --cpu-shares 1 busybox echo test
d run --network none --cpu-shares -1 busybox echo test
d run --network none --cpu-shares 99999999 busybox echo test
