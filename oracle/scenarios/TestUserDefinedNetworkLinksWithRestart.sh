# source: integration-cli/docker_cli_run_test.go TestUserDefinedNetworkLinksWithRestart
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.5.0/24 udlinkNet
d run -d --net=udlinkNet --name=first busybox top
d run -d --net=udlinkNet --name=second --link=first:foo busybox top
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
d restart -t 0 first
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
d restart -t 0 second
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
d rm -f first second
d network rm udlinkNet
