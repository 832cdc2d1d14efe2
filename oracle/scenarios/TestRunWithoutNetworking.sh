# source: integration-cli/docker_cli_run_test.go TestRunWithoutNetworking
# fixtures: busybox
d run --net=none busybox ping -c 1 8.8.8.8
d run --net=none busybox sh -c 'ls /sys/class/net'
