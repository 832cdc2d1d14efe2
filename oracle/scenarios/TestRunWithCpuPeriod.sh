# source: integration-cli/docker_cli_run_unix_test.go TestRunWithCpuPeriod
# fixtures: busybox
d run --network none --cpu-period 50000 --name test busybox cat /sys/fs/cgroup/cpu/cpu.cfs_period_us
d run --network none --cpu-period 0 busybox cat /sys/fs/cgroup/cpu/cpu.cfs_period_us
d inspect --format '{{.HostConfig.CpuPeriod}}' test
