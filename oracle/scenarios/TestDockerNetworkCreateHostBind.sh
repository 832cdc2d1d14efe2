# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCreateHostBind (the network and its option; published ports are not bound without iptables)
# fixtures: none
# daemon: fresh
d network create --subnet=192.168.10.0/24 --gateway=192.168.10.1 -o com.docker.network.bridge.host_binding_ipv4=192.168.10.1 testbind
d network inspect -f '{{json .Options}} {{json .IPAM.Config}}' testbind
d network rm testbind
