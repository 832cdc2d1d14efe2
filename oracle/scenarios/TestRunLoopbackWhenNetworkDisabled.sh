# source: integration-cli/docker_cli_run_test.go TestRunLoopbackWhenNetworkDisabled
# fixtures: busybox
d run --net=none busybox sh -c 'ping -c 1 127.0.0.1 | grep -c "1 packets received"'
