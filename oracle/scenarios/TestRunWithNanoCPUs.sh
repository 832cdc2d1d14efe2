# source: integration-cli/docker_cli_run_unix_test.go TestRunWithNanoCPUs
# fixtures: busybox
d run --network none --cpus 0.5 --name test busybox sh -c 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us && cat /sys/fs/cgroup/cpu/cpu.cfs_period_us'
d inspect --format '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' test
d run --network none --cpus 0.5 --cpu-quota 50000 --cpu-period 100000 busybox sh
