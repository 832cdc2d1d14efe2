# source: integration-cli/docker_cli_network_unix_test.go TestUserDefinedNetworkConnectivity
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.1.0/24 br.net1
d run -d --net=br.net1 --name=c1.net1 busybox top
d run -d --net=br.net1 --name=c2.net1 busybox top
note 'ping the first container by its unqualified name, then qualified by its network'
sh_d 'engine exec c2.net1 ping -c 1 -W 2 c1.net1 | sed -n 1p'
sh_d 'engine exec c2.net1 ping -c 1 -W 2 c1.net1.br.net1 | sed -n 1p'
note 'a qualified name masked by another domain is not a container'
sh_d 'engine exec c2.net1 ping -c 1 -W 2 c1.net1.br.net1.google.com | sed -n 1p'
d rm -f c1.net1 c2.net1
d network rm br.net1
