# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCustomIPAM (no plugin here: the daemon's refusal)
# fixtures: none
d network create --ipam-driver dummy-ipam-driver br0
d network ls --format '{{.Name}}'
