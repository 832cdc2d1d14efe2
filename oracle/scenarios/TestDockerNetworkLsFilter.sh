# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkLsFilter (predefined networks only)
# fixtures: none
NID=$(q network inspect --format '{{.Id}}' none)
export NID
sh_d 'engine network ls -f "id=${NID:0:5}" --format "{{.Name}}"'
d network ls -f name=on --format '{{.Name}}'
d network ls -f name=^h --format '{{.Name}}'
d network ls -f type=builtin --format '{{.Name}}'
d network ls -f type=custom
d network ls -f type=custom -f type=builtin --format '{{.Name}}'
d network ls -f label=nonexistent
d network ls -f driver=null --format '{{.Name}}'
d network ls -f driver=host --format '{{.Name}}'
d network ls -f scope=local --format '{{.Name}}'
d network ls -f scope=swarm --format '{{.Name}}'
d network ls -f dangling=false --format '{{.Name}}'
d network ls -f dangling=true --format '{{.Name}}'
d network ls -f dangling=maybe
d network ls -f type=foo
d network ls -f foo=bar
