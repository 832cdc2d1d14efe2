# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkNullIPAMDriver (bridge driver: no plugin here)
# fixtures: none
d network create -d dummy-network-driver --ipam-driver null test000
d network create --ipam-driver null test000
d network inspect -f '{{.IPAM.Driver}} {{json .IPAM.Config}}' test000
d network rm test000
