# source: integration-cli/docker_cli_update_unix_test.go TestUpdateWithNanoCPUs (moby v20.10.24)
# fixtures: busybox
d run -d --network none --cpus 0.5 --name top busybox top
d exec top sh -c 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us && cat /sys/fs/cgroup/cpu/cpu.cfs_period_us'
d inspect -f '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' top
d update --cpu-quota 80000 top
d update --cpus 0.8 top
d inspect -f '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' top
d exec top sh -c 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us && cat /sys/fs/cgroup/cpu/cpu.cfs_period_us'
d rm -f top
d run -d --network none --cpu-quota 50000 --name quota busybox top
d update --cpus 0.8 quota
d update --cpu-quota 60000 --cpu-period 120000 quota
d inspect -f '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' quota
d exec quota sh -c 'cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us && cat /sys/fs/cgroup/cpu/cpu.cfs_period_us'
d rm -f quota
