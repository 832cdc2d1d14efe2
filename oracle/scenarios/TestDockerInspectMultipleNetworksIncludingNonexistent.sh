# source: integration-cli/docker_cli_network_unix_test.go TestDockerInspectMultipleNetworksIncludingNonexistent
# fixtures: none
d network inspect --format '{{.Name}} {{.Driver}}' host nonexistent
d network inspect nonexistent
d network inspect --format '{{.Name}} {{.Driver}}' nonexistent host
