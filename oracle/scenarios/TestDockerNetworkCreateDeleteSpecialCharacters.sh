# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCreateDeleteSpecialCharacters
# fixtures: none
d network create 'test@#$'
d network ls -f 'name=test@#\$' --format '{{.Name}}'
d network rm 'test@#$'
d network create 'kiwl$%^'
d network inspect -f '{{.Name}}' 'kiwl$%^'
d network rm 'kiwl$%^'
d network ls --format '{{.Name}}'
