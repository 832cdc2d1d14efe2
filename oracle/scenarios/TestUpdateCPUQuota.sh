# source: integration/container/update_linux_test.go TestUpdateCPUQuota (update of a running container's CPU quota: a value, higher, lower, -1 unsets; inspect and cpu.cfs_quota_us)
# fixtures: busybox
d run -d --name updquota busybox top
d exec updquota cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
for q in 15000 20000 10000 -1; do
  note cpu quota $q
  d update --cpu-quota $q updquota
  d inspect -f '{{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' updquota
  d exec updquota cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
done
d rm -f updquota
