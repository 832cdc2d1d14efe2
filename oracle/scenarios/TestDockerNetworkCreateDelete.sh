# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCreateDelete
# fixtures: none
d network create test
d network ls -f name=test --format '{{.Name}} {{.Driver}} {{.Scope}}'
d network rm test
d network ls -f name=test --format '{{.Name}}'
d network inspect test
