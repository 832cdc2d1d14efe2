# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDeleteNotExists
# fixtures: none
d network rm test
d network rm test none
