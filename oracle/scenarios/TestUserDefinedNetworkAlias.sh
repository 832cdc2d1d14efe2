# source: integration-cli/docker_cli_run_test.go TestUserDefinedNetworkAlias
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.6.0/24 net1
d run -d --net=net1 --name=first --net-alias=foo1 --net-alias=foo2 busybox top
sh_d 'id=$(engine inspect -f "{{.Id}}" first); engine inspect -f "{{.NetworkSettings.Networks.net1.Aliases}}" first | grep -c "${id:0:12}"'
d run -d --net=net1 --name=second busybox top
sh_d 'id=$(engine inspect -f "{{.Id}}" second); engine inspect -f "{{.NetworkSettings.Networks.net1.Aliases}}" second | grep -c "${id:0:12}"'
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo1 | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo2 | sed -n 1p'
sh_d 'id=$(engine inspect -f "{{.Id}}" first); engine exec second ping -c 1 -W 2 ${id:0:12} | sed -n 1p'
d restart -t 0 first
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo1 | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 foo2 | sed -n 1p'
sh_d 'id=$(engine inspect -f "{{.Id}}" first); engine exec second ping -c 1 -W 2 ${id:0:12} | sed -n 1p'
d rm -f first second
d network rm net1
