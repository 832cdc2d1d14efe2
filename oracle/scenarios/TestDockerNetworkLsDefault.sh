# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkLsDefault (host and none: the daemon runs without bridge)
# fixtures: none
d network ls
d network ls -q
d network ls --no-trunc --format '{{.ID}} {{.Name}} {{.Driver}} {{.Scope}} {{.IPv6}} {{.Internal}} [{{.Labels}}]'
d network ls --format 'table {{.Name}}\t{{.Driver}}'
d network list --format '{{json .Name}}'
