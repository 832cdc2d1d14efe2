# source: integration-cli/docker_cli_run_test.go TestRunLoopbackOnlyExistsWhenNetworkingDisabled
# fixtures: busybox
d run --net=none busybox ip -o -4 a show up
