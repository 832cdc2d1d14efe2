# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkAnonymousEndpoint
# fixtures: busybox
# daemon: fresh
note 'without the network connect of the second container (not ported yet)'
d network create -d bridge --subnet 10.78.12.0/24 custom-bridge-nw
cid1=$(q run -d --net custom-bridge-nw busybox top)
d exec "$cid1" cat /etc/hosts
cid2=$(q run -d --net custom-bridge-nw busybox top)
note 'the hosts file of the first anonymous container is unchanged'
d exec "$cid1" cat /etc/hosts
d exec "$cid2" cat /etc/hosts
d run -d --net custom-bridge-nw --name AnyName busybox top
sh_d "engine exec $cid1 ping -c 1 -W 2 AnyName | sed -n 1p"
sh_d "engine exec $cid2 ping -c 1 -W 2 AnyName | sed -n 1p"
d stop -t 0 AnyName
d exec "$cid1" cat /etc/hosts
d exec "$cid2" cat /etc/hosts
d rm -f "$cid1" "$cid2" AnyName
d network rm custom-bridge-nw
