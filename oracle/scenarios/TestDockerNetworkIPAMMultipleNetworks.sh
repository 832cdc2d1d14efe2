# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMMultipleNetworks (bridge networks only: the dummy remote drivers are not ported)
# fixtures: none
# daemon: fresh
d network create --subnet=192.168.0.0/16 test1
d network create --subnet=192.169.0.0/16 test2
d network create test3
d network create test4
d network create test5
d network ls --format '{{.Name}}'
d network inspect -f '{{.Name}} {{json .IPAM.Config}}' test1 test2 test3 test4 test5
d network create -d bridge --subnet=192.170.0.0/16 --subnet=192.171.0.0/16 test6
d network rm test1 test2 test3 test4 test5
