# source: integration-cli/docker_cli_run_test.go TestContainerRestartInMultipleNetworks (by address: names are the dns helper's)
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.91.0.0/24 testnetwork1
d network create -d bridge --subnet 10.92.0.0/24 testnetwork2
d run -d --net=testnetwork1 --name=first busybox top
d run -d --net=testnetwork1 --name=second busybox top
sh_d 'engine exec first ping -c 1 -W 2 10.91.0.3 | grep -c "1 packets received"'
d network connect testnetwork2 first
d network connect testnetwork2 second
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}};{{end}}' first second
sh_d 'engine exec second ping -c 1 -W 2 10.92.0.2 | grep -c "1 packets received"'
d exec second cat /etc/hosts
d stop -t 1 second
sh_d 'engine exec first ping -c 1 -W 1 10.91.0.3 | grep -c "1 packets received"'
sh_d 'engine exec first ping -c 1 -W 1 10.92.0.3 | grep -c "1 packets received"'
d start second
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}};{{end}}' second
sh_d 'engine exec first ping -c 1 -W 2 10.91.0.3 | grep -c "1 packets received"'
sh_d 'engine exec second ping -c 1 -W 2 10.92.0.2 | grep -c "1 packets received"'
sh_dsort 'engine network inspect -f "{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}" testnetwork2'
d rm -f first second
d network rm testnetwork1 testnetwork2
