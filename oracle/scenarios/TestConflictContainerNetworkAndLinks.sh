# source: integration-cli/docker_cli_netmode_test.go TestConflictContainerNetworkAndLinks
# fixtures: busybox
d run --net=container:other --link=zip:zap busybox ps
