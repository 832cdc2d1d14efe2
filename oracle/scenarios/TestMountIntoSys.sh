# source: integration-cli/docker_cli_run_test.go TestMountIntoSys
# fixtures: busybox
d run --network none -v /sys/fs/cgroup busybox true
