# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkRmPredefined
# fixtures: none
d network rm bridge
d network rm host
d network rm none
d network rm default
d network remove none host
