# source: containers on a user-defined bridge network: address, inspect, hosts, resolv.conf, reachability (own scenario)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.77.0.0/24 usernet
d create --network nosuch busybox true
d run -d --name a1 --hostname a1 --network usernet busybox top
d run -d --name a2 --hostname a2 --network usernet --network-alias web --network-alias www busybox top
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}/{{$v.IPPrefixLen}} gw={{$v.Gateway}} mac={{$v.MacAddress}} aliases={{len $v.Aliases}} {{index $v.Aliases 0}} ipam={{$v.IPAMConfig}}{{end}}' a1 a2
d inspect -f 'top={{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Gateway}}|{{.NetworkSettings.MacAddress}}|{{.HostConfig.NetworkMode}}' a1
sh_d 'a1=$(engine inspect -f "{{.Id}}" a1); n=$(engine network inspect -f "{{.Id}}" usernet); engine inspect -f "{{.NetworkSettings.Networks.usernet.NetworkID}}" a1 | grep -c "^$n\$"; engine inspect -f "{{index .NetworkSettings.Networks.usernet.Aliases 1}}" a1 | grep -c "^${a1:0:12}\$"'
d exec a1 cat /etc/hosts
d exec a1 cat /etc/resolv.conf
sh_d 'engine exec a1 ip -4 addr show eth0 | sed -n "2p"'
d exec a1 ip route
sh_d 'engine exec a2 ping -c 1 -W 2 10.77.0.2 | grep -c "1 packets received"'
sh_dsort 'engine network inspect -f "{{range .Containers}}{{.Name}} {{.IPv4Address}} {{.MacAddress}}{{println}}{{end}}" usernet'
d ps --filter network=usernet --format '{{.Names}} {{.Networks}}'
d ps --filter network=none --format '{{.Names}}'
d network ls -f dangling=true --format '{{.Name}}'
d network rm usernet
d rm -f a1
d run -d --name a3 --network usernet busybox top
d inspect -f '{{.NetworkSettings.Networks.usernet.IPAddress}}' a3
d stop -t 0 a2
d inspect -f '{{.NetworkSettings.Networks.usernet.IPAddress}}|{{.NetworkSettings.Networks.usernet.EndpointID}}|{{.NetworkSettings.Networks.usernet.MacAddress}}' a2
d rm -f a2 a3
d network rm usernet
