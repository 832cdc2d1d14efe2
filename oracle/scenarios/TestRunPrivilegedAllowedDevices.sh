# source: integration-cli/docker_cli_run_unix_test.go TestRunPrivilegedAllowedDevices
# fixtures: busybox
d run --network none --privileged busybox cat /sys/fs/cgroup/devices/devices.list
