# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesNetBindService
# fixtures: busybox
note "busybox's httpd -p 80 (binds port 80; on success it leaves a daemon and exits 0) stands for socket-test"
d run --network none busybox httpd -p 80
d run --network none --user 1000:1000 --sysctl net.ipv4.ip_unprivileged_port_start=1024 busybox httpd -p 80
d run --network none --cap-drop net_bind_service --sysctl net.ipv4.ip_unprivileged_port_start=1024 busybox httpd -p 80
note 'without the sysctl: the namespace default'
d run --network none --user 1000:1000 busybox httpd -p 80
d run --network none --user 1000:1000 busybox cat /proc/sys/net/ipv4/ip_unprivileged_port_start
note "the daemon's other default for a network namespace of the container's own"
d run --network none busybox cat /proc/sys/net/ipv4/ping_group_range
