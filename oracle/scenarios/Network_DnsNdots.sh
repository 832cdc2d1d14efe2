# source: Docker's embedded DNS with the user's ndots option: unknown unqualified names get an empty answer, not forwarded (own scenario)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.78.13.0/24 ndnet
d run -d --name nd1 --network ndnet --dns-option ndots:1 busybox top
d exec nd1 cat /etc/resolv.conf
d exec nd1 nslookup -type=a nd1
d exec nd1 nslookup -type=a nosuch
d exec nd1 nslookup -type=aaaa nosuch
sh_d 'engine exec nd1 ping -c 1 -W 2 nosuch | sed -n 1p'
d rm -f nd1
d network rm ndnet
