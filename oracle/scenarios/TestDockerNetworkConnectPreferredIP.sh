# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectPreferredIP (IPv4 part)
# fixtures: busybox
# daemon: fresh
d network create --subnet=172.28.0.0/16 n0
d network create --subnet=172.29.0.0/16 --ip-range=172.29.5.0/24 n1
d run -d --name c0 --net=n0 --ip 172.28.99.88 busybox top
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAMConfig.IPv4Address}} {{$v.IPAddress}};{{end}}' c0
d network connect --ip 172.29.55.44 n1 c0
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAMConfig.IPv4Address}} {{$v.IPAddress}} {{$v.MacAddress}};{{end}}' c0
sh_d 'engine exec c0 ip -4 -o addr show | sed "s/^[0-9]*: //; s/ *valid_lft.*//"'
d exec c0 ip route
d stop -t 1 c0
d start c0
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAMConfig.IPv4Address}} {{$v.IPAddress}};{{end}}' c0
# connecting the running container to bridge (absent on the reference: --bridge=none) marks it NetworkDisabled and leaks its endpoints there: left out
d network connect n1 c0
d network connect --ip 172.28.1.1 n0 c0
d rm -f c0
d network rm n0 n1
