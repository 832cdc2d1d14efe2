# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspectWithID
# fixtures: none
d network create test2
d network inspect '--format={{ .Id }}' test2
d network inspect '--format={{ .ID }}' test2
sh_d 'id=$(engine network inspect -f "{{.Id}}" test2); engine network inspect -f "{{.Name}}" "$id" "${id:0:12}"'
d network rm test2
