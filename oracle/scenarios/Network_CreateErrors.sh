# source: the daemon's and the docker CLI's network create checks (own scenario)
# fixtures: none
d network create
d network create a b
d network create --gateway=10.1.1.1 t
d network create --ip-range=10.1.1.0/24 t
d network create --subnet=10.1.0.0/16 --gateway=10.2.0.1 t
d network create --subnet=bad t
d network create --subnet=10.1.0.0/33 t
d network create --subnet=10.1.0.0/16 --gateway=bad t
d network create --subnet=10.1.0.0/16 --aux-address a=10.9.0.1 t
d network create --aux-address bad t
d network create --subnet=10.1.0.0/16 --ip-range=bad t
d network create -d foo t
d network create -d null t
d network create -d host t
d network create --ipv6 t
d network create --subnet=10.1.0.0/16 --subnet=10.2.0.0/16 t
d network create --scope swarm t
d network create --ingress t
d network create --subnet 10.1.0.0/31 t
d network create --subnet 10.1.0.0/16 --gateway 10.1.0.0 t
d network create --subnet 10.1.0.0/16 --gateway 10.1.255.255 t
d network create none
d network create bridge
d network create --subnet 10.1.0.0/16 t
d network create t
d network create --subnet 10.1.2.0/24 t2
d network create --subnet 10.0.0.0/8 t2
d network ls --format '{{.Name}}'
d network rm t
