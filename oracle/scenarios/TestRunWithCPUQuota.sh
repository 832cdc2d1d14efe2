# source: integration-cli/docker_cli_run_unix_test.go TestRunWithCPUQuota
# fixtures: busybox
d run --network none --cpu-quota 8000 --name test busybox cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
d inspect --format '{{.HostConfig.CpuQuota}}' test
