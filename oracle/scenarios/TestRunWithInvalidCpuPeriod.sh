# source: integration-cli/docker_cli_run_unix_test.go TestRunWithInvalidCpuPeriod
# fixtures: busybox
d run --network none --cpu-period 900 busybox true
d run --network none --cpu-period 2000000 busybox true
d run --network none --cpu-period -3 busybox true
