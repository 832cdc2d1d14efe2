# source: docker/cli v28.2.2 e2e/container/run_test.go TestRunWithCgroupNamespace (upstream prints cgroup.controllers, which depend on the host: here only whether it is readable, and the container's own cgroup)
# fixtures: busybox
d run --cgroupns=private --rm --network none busybox sh -c 'test -r /sys/fs/cgroup/cgroup.controllers && echo readable; cat /proc/self/cgroup'
