# source: integration-cli/docker_cli_run_test.go TestRunDNSInHostMode
# fixtures: busybox
d run --dns=127.0.0.1 --net=host busybox cat /etc/resolv.conf
d run --dns=1.2.3.4 --net=host busybox cat /etc/resolv.conf
d run --dns-search=example.com --net=host busybox grep -v '^nameserver' /etc/resolv.conf
d run --dns-opt=timeout:3 --net=host busybox grep -v '^nameserver' /etc/resolv.conf
d run --dns=1.2.3.4 --dns-search=example.com --dns-opt=timeout:3 --net=host busybox cat /etc/resolv.conf
