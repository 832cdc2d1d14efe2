# source: integration-cli/docker_cli_run_test.go TestRunContainerWithCgroupMountRO
# fixtures: busybox
d run --network none busybox touch /sys/fs/cgroup/devices/test123
d run --network none busybox touch /sys/fs/cgroup/test123
