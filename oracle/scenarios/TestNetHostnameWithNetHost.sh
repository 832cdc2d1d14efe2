# source: integration-cli/docker_cli_netmode_test.go TestNetHostnameWithNetHost
# fixtures: busybox
sh_d 'engine run --rm --net=host busybox ps | head -1'
