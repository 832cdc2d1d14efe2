# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectWithMac (first network a user one: the reference has no bridge)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.100.0.0/24 base
d network create --subnet 10.101.0.0/24 mynetwork
d run --name=test -d --net base --mac-address 02:42:ac:11:00:02 busybox top
d inspect -f '{{.NetworkSettings.Networks.base.MacAddress}}' test
d network connect mynetwork test
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.MacAddress}};{{end}}' test
sh_d 'engine exec test ip link | grep -c ether'
d rm -f test
d network rm base mynetwork
