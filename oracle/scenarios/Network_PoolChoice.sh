# source: the default IPAM's choice of a pool: predefined pools in turn, never one in use (own scenario)
# fixtures: none
# daemon: fresh
d network create p1
d network create p2
d network rm p1
d network create p3
d network create --subnet 172.20.0.0/16 p4
d network create p5
d network create --subnet 172.22.0.0/24 p6
d network create p7
d network inspect -f '{{.Name}} {{json .IPAM.Config}}' p2 p3 p4 p5 p6 p7
d network rm p2 p3 p4 p5 p6 p7
d network create p8
d network inspect -f '{{.Name}} {{json .IPAM.Config}}' p8
d network rm p8
