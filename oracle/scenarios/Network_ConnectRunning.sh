# source: network connect/disconnect of a running container: interfaces, hosts, ps, inspect (own scenario)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.110.0.0/24 na
d network create --subnet 10.111.0.0/24 nb
d network create --subnet 10.112.0.0/24 nc
d run -d --name r1 --hostname r1 --net na busybox top
d network connect --alias web --alias www --driver-opt foo=bar nb r1
d inspect -f '{{json .NetworkSettings.Networks.nb}}' r1
sh_d 'engine exec r1 ip -4 -o addr show | sed "s/^[0-9]*: //; s/ *valid_lft.*//"'
d exec r1 ip route
d exec r1 cat /etc/hosts
d ps --format '{{.Names}} {{.Networks}}'
d ps --filter network=nb --format '{{.Names}}'
d network connect nc r1
sh_d 'engine exec r1 ip -4 -o addr show | sed "s/^[0-9]*: //; s/ *valid_lft.*//"'
d network disconnect nb r1
sh_d 'engine exec r1 ip -4 -o addr show | sed "s/^[0-9]*: //; s/ *valid_lft.*//"'
d exec r1 cat /etc/hosts
d network disconnect na r1
d exec r1 ip route
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}} {{$v.Aliases}};{{end}} {{.HostConfig.NetworkMode}}' r1
d ps --format '{{.Names}} {{.Networks}}'
d network connect nb r1
sh_d 'engine exec r1 ip -4 -o addr show | sed "s/^[0-9]*: //; s/ *valid_lft.*//"'
d network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' nb
d rm -f r1
d network rm na nb nc
