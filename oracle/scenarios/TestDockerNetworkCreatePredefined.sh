# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCreatePredefined
# fixtures: none
d network create bridge
d network create host
d network create none
d network create default
