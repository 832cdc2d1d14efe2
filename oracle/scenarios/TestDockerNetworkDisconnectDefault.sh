# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDisconnectDefault
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.93.0.0/24 test1
d network create --subnet 10.94.0.0/24 test2
d create --name foo busybox top
d network connect test1 foo
d network connect test2 foo
d network disconnect bridge foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' foo
d start foo
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}};{{end}} disabled={{.Config.NetworkDisabled}}' foo
d ps --filter network=test2 --format '{{.Names}} {{.Networks}}'
d ps --filter network=bridge --format '{{.Names}} {{.Networks}}'
sh_dsort 'engine network inspect -f "{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}" test1 test2'
d stop -t 1 foo
d rm -f foo
d network rm test1 test2
