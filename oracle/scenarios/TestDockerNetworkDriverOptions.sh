# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDriverOptions (no plugin here)
# fixtures: none
d network create -d dummy-network-driver -o opt1=drv1 -o opt2=drv2 testopt
d network create -o opt1=drv1 -o opt2=drv2 testopt
d network inspect -f '{{.Driver}} {{json .Options}}' testopt
d network rm testopt
