# source: integration-cli/docker_cli_netmode_test.go TestConflictContainerNetworkHostAndLinks
# fixtures: busybox
d run --net=host --link=zip:zap busybox ps
