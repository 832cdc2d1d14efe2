# source: integration-cli/docker_cli_build_unix_test.go TestBuildResourceConstraintsAreUsed (build's resource flags go to the step containers, not to the image)
# fixtures: busybox
C=$(mkctx rc <<'DF'
FROM busybox
RUN cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.shares /sys/fs/cgroup/cpuset/cpuset.cpus; ulimit -n
DF
)
d build --no-cache --rm=false --memory=64m --memory-swap=-1 --cpuset-cpus=0 --cpuset-mems=0 --cpu-shares=100 --cpu-quota=8000 --ulimit nofile=42 --label=DockerSuite.TestBuildResourceConstraintsAreUsed -t testbuildresourceconstraints "$C"
cid=$(q ps -lq --filter label=DockerSuite.TestBuildResourceConstraintsAreUsed)
F='{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.CpusetCpus}} {{.HostConfig.CpusetMems}} {{.HostConfig.CpuShares}} {{.HostConfig.CpuQuota}} {{json .HostConfig.Ulimits}} {{json .Config.Labels}}'
d inspect --format "$F" "$cid"
d run --name=test --network none testbuildresourceconstraints true
d inspect --format "$F" test
d inspect --format '{{json .Config.Labels}}' testbuildresourceconstraints
