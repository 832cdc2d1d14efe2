# source: network create's settings as inspect and ls show them (own scenario)
# fixtures: none
d network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 --ip-range 10.10.0.128/25 --aux-address a=10.10.0.5 --aux-address b=10.10.0.200 --label x=y --label empty --internal --attachable -o com.docker.network.bridge.name=brnettest -o flag --ipam-opt k=v opts
d network inspect opts
d network ls --format '{{.Name}} {{.Internal}} {{.IPv6}} {{.Label "x"}}|{{.Label "empty"}}|'
d network inspect -f '{{.IPAM.Options}} {{.Options}} {{.Attachable}}' opts
d network create --subnet 10.1.2.3/16 hostbits
d network inspect -f '{{json .IPAM.Config}}' hostbits
d network create --subnet 10.2.0.0/30 tiny
d network inspect -f '{{json .IPAM.Config}}' tiny
d network rm opts hostbits tiny
