# source: integration-cli/docker_cli_run_test.go TestUserDefinedNetworkLinks
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.4.0/24 udlinkNet
d run -d --net=udlinkNet --name=first busybox top
note 'a link to an existing container and one to a container that does not exist yet'
d run -d --net=udlinkNet --name=second --link=first:foo --link=third:bar busybox top
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 third | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 bar | sed -n 1p'
d run -d --net=udlinkNet --name=third busybox top
sh_d 'engine exec second ping -c 1 -W 2 third | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 bar | sed -n 1p'
d rm -f first second third
d network rm udlinkNet
