# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspectCustomSpecified
# fixtures: none
d network create --driver=bridge --ipv6 --subnet=fd80:24e2:f998:72d6::/64 --subnet=172.28.0.0/16 --ip-range=172.28.5.0/24 --gateway=172.28.5.254 br0
d network inspect br0
d network inspect -f '{{.Driver}} {{.Scope}} {{.Internal}} {{.EnableIPv6}} {{.IPAM.Driver}} {{len .IPAM.Config}}' br0
d network inspect -f '{{(index .IPAM.Config 0).Subnet}} {{(index .IPAM.Config 0).IPRange}} {{(index .IPAM.Config 0).Gateway}}' br0
d network ls --format '{{.Name}} {{.IPv6}} {{.Internal}}'
d network rm br0
