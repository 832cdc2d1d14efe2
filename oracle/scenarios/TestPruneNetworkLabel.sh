# source: integration-cli/docker_cli_prune_unix_test.go TestPruneNetworkLabel
# fixtures: none
d network create --label foo n1
d network create --label bar n2
d network create n3
d network prune --force --filter label=foo
d network prune --force --filter label!=bar
d network prune --force
d network ls --format '{{.Name}}'
