# source: integration-cli/docker_cli_network_unix_test.go TestUserDefinedNetworkConnectDisconnectAlias
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.14.0/24 net1
note 'skipped: network connect --alias to the predefined bridge network (this daemon has no bridge)'
d network create -d bridge --subnet 10.78.15.0/24 net2
d run -d --net=net1 --name=first --net-alias=foo busybox top
d run -d --net=net1 --name=second busybox top
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
sh_d 'id=$(engine inspect -f "{{.Id}}" first); engine exec second ping -c 1 -W 2 ${id:0:12} | sed -n 1p'
d network connect --alias=bar net2 first
d network connect net2 second
sh_d 'engine exec second ping -c 1 -W 2 bar | sed -n 1p'
d network disconnect net1 first
sh_d 'engine exec second ping -c 1 -W 2 foo | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 bar | sed -n 1p'
sh_d 'id=$(engine inspect -f "{{.Id}}" first); engine exec second ping -c 1 -W 2 ${id:0:12} | sed -n 1p'
d run --rm --name=any --net-alias=any busybox true
d rm -f first second
d network rm net1 net2
