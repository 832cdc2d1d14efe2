# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMOptions (default IPAM driver: no plugin here)
# fixtures: none
# daemon: fresh
d network create --ipam-driver dummy-ipam-driver --ipam-opt opt1=drv1 --ipam-opt opt2=drv2 br0
d network create --ipam-opt opt1=drv1 --ipam-opt opt2=drv2 br0
d network inspect -f '{{.IPAM.Driver}} {{json .IPAM.Options}}' br0
d network rm br0
