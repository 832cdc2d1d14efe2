# source: integration-cli/docker_cli_netmode_test.go TestNetHostname
# fixtures: busybox
sh_d 'engine run --rm -h=name --net=none busybox ps | head -1'
sh_d 'engine run --rm -h=name --net=none busybox hostname'
d run --rm -h=name --net=bridge busybox hostname
d run --rm -h=name busybox hostname
d run -h=name --net=container:other busybox ps
d run --net=container busybox ps
d run --net=weird busybox ps
