# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMInvalidCombinations
# fixtures: none
d network create --subnet=192.168.0.0/16 --ip-range=192.170.0.0/16 test
d network create --subnet=192.168.0.0/16 --gateway=192.168.0.1 --gateway=192.168.0.2 test
d network create --subnet=192.168.0.0/16 --subnet=192.168.1.0/16 test
d network create --subnet=192.168.0.0/16 test0
d network create --subnet=192.168.128.0/17 test1
d network create --subnet=192.168.0.0/24 test1
d network create --subnet=192.0.0.0/8 test1
d network rm test0
d network create --subnet=192.168.128.0/17 test1
d network rm test1
d network ls --format '{{.Name}}'
