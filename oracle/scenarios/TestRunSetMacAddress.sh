# source: integration-cli/docker_cli_run_test.go TestRunSetMacAddress (on a user network: the reference has no bridge)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.98.0.0/24 macnet
d run -i --rm --net macnet --mac-address=12:34:56:78:9a:bc busybox /bin/sh -c "ip link show eth0 | tail -1 | awk '{print \$2}'"
d run -i --rm --mac-address=12:34:56:78:9a:bc busybox /bin/sh -c "ip link show eth0 | tail -1 | awk '{print \$2}'"
d network rm macnet
