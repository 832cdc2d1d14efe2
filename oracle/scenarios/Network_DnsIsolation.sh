# source: Docker's embedded DNS: a container resolves only the containers of its own networks (own scenario)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.78.10.0/24 neta
d network create --subnet 10.78.11.0/24 netb
d run -d --name a1 --network neta --network-alias shared busybox top
d run -d --name b1 --network netb --network-alias shared busybox top
d exec a1 nslookup -type=a shared
d exec b1 nslookup -type=a shared
d exec a1 nslookup -type=a a1.neta
sh_d 'engine exec a1 ping -c 1 -W 2 b1 | sed -n 1p'
sh_d 'engine exec a1 ping -c 1 -W 2 b1.netb | sed -n 1p'
sh_d 'engine exec b1 ping -c 1 -W 2 a1 | sed -n 1p'
d rm -f a1 b1
d network rm neta netb
