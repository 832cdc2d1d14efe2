# source: integration-cli/docker_cli_network_unix_test.go TestUserDefinedNetworkConnectDisconnectLink
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.16.0/24 foo1
d network create -d bridge --subnet 10.78.17.0/24 foo2
d run -d --net=foo1 --name=first busybox top
d run -d --net=foo1 --name=second --link=first:FirstInFoo1 --link=third:bar busybox top
sh_d 'engine exec second ping -c 1 -W 2 first | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 FirstInFoo1 | sed -n 1p'
d network connect foo2 first
d network connect --link=first:FirstInFoo2 foo2 second
sh_d 'engine exec second ping -c 1 -W 2 FirstInFoo2 | sed -n 1p'
d network disconnect foo1 first
sh_d 'engine exec second ping -c 1 -W 2 FirstInFoo1 | sed -n 1p'
sh_d 'engine exec second ping -c 1 -W 2 FirstInFoo2 | sed -n 1p'
d rm -f first second
d network rm foo1 foo2
