# source: Docker's embedded DNS on a user-defined network: which names a container resolves (own scenario)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.78.8.0/24 dnsnet
d run -d --name Web1 --hostname h1 --network dnsnet --network-alias Alias1 busybox top
d run -d --name c2 --network dnsnet --link Web1:lk busybox top
d exec c2 cat /etc/resolv.conf
note 'names are case insensitive: the name, network aliases, the hostname, the short ID, NAME.NETWORK'
d exec c2 nslookup -type=a web1
d exec c2 nslookup -type=a WEB1
d exec c2 nslookup -type=a alias1
d exec c2 nslookup -type=a h1
sh_d 'id=$(engine inspect -f "{{.Id}}" Web1); engine exec c2 nslookup -type=a ${id:0:12} | grep -v "^Name:"'
d exec c2 nslookup -type=a web1.dnsnet
d exec c2 nslookup -type=a alias1.dnsnet
d exec c2 nslookup -type=a c2
note 'a link alias is exact and only the linking container resolves it'
d exec c2 nslookup -type=a lk
d exec c2 nslookup -type=a lk.dnsnet
sh_d 'engine exec c2 ping -c 1 -W 2 LK | sed -n 1p'
sh_d 'engine exec Web1 ping -c 1 -W 2 lk | sed -n 1p'
note 'the network name is exact'
sh_d 'engine exec c2 ping -c 1 -W 2 web1.DNSNET | sed -n 1p'
note 'AAAA and MX of a known name: an empty answer; PTR: NAME.NETWORK'
d exec c2 nslookup -type=aaaa web1
d exec c2 nslookup -type=mx web1
d exec c2 nslookup 10.78.8.2
d exec c2 nslookup 10.78.8.3
note 'the names of a stopped container no longer resolve; started again they do'
d stop -t 0 Web1
sh_d 'engine exec c2 ping -c 1 -W 2 web1 | sed -n 1p'
sh_d 'engine exec c2 ping -c 1 -W 2 alias1 | sed -n 1p'
d start Web1
d exec c2 nslookup -type=a alias1
d rm -f Web1 c2
d network rm dnsnet
