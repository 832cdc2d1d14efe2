# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspect
# fixtures: none
d network inspect host
d network inspect '--format={{ .Name }}' host
d network inspect '--format={{ .ID }}' none
d network inspect --format '{{.Created}}' none
d inspect --type network --format '{{.Name}} {{.Scope}}' none
