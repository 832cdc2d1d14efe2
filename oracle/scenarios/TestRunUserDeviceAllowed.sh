# source: integration-cli/docker_cli_run_unix_test.go TestRunUserDeviceAllowed
# fixtures: busybox
note this host has no /dev/snd/timer: /dev/net/tun stands in
d run --network none --device /dev/net/tun:w busybox sh -c 'cat /sys/fs/cgroup/devices/devices.list; ls /dev/net'
