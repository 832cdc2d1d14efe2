# source: integration-cli/docker_cli_run_test.go TestRunContainerNetworkModeToSelf
# fixtures: busybox
d run --name=me --net=container:me busybox true
d ps -a
