# source: integration-cli/docker_cli_netmode_test.go TestConflictNetworkModeNetHostAndOptions
# fixtures: busybox
d run --net=host --mac-address=92:d0:c6:0a:29:33 busybox ps
