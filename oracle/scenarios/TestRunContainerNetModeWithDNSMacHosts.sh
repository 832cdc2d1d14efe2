# source: integration-cli/docker_cli_run_test.go TestRunContainerNetModeWithDNSMacHosts
# fixtures: busybox
d run -d --name parent busybox top
d run --dns 1.2.3.4 --net=container:parent busybox
d run --mac-address 92:d0:c6:0a:29:33 --net=container:parent busybox
d run --add-host test:192.168.2.109 --net=container:parent busybox
d ps -a --format '{{.Names}} {{.Status}}'
d rm -f parent
