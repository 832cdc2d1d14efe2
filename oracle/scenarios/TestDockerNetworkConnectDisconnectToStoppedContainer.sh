# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectDisconnectToStoppedContainer
# fixtures: busybox
# daemon: fresh
# the container is on a user network first: a default-network container keeps its endpoints after stop on the reference (--bridge=none)
d network create --subnet 10.82.0.0/24 test
d network create --subnet 10.84.0.0/24 base
d create --name=foo --network base busybox top
d network connect test foo
d inspect -f '{{json .NetworkSettings.Networks}}' foo
d network inspect -f '{{len .Containers}}' test
d start foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}/{{$v.IPPrefixLen}} {{$v.Gateway}} {{$v.MacAddress}} {{$v.Aliases}} {{$v.IPAMConfig}} {{$v.DriverOpts}};{{end}}' foo
sh_d 'engine run --rm --net=test busybox sh -c "ip -4 -o addr show eth0 | cut -d\" \" -f2,7"'
d stop -t 1 foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} [{{$v.IPAddress}}] [{{$v.EndpointID}}] {{$v.Aliases}};{{end}}' foo
d network disconnect test foo
d inspect -f '{{json .NetworkSettings.Networks}}' foo
d network disconnect test foo
d start foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}};{{end}}' foo
d rm -f foo
d network rm test base
