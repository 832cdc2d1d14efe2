# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkRestartWithMultipleNetworks (first network a user one: a default-network container keeps its endpoints on the reference)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.102.0.0/24 base
d network create --subnet 10.103.0.0/24 test
d run --name=foo -d --net base busybox top
d network connect test foo
d restart -t 1 foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}};{{end}}' foo
sh_d 'engine exec foo ip -4 -o addr show | grep -c "inet 10\.10[23]\."'
d rm -f foo
d network rm base test
