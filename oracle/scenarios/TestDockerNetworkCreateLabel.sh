# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkCreateLabel
# fixtures: none
d network create --label foo=bar testnetcreatelabel
d network inspect '--format={{ .Labels.foo }}' testnetcreatelabel
d network ls --filter label=foo=bar --format '{{.Name}} {{.Labels}} {{.Label "foo"}}'
d network rm testnetcreatelabel
d network ls -f name=testnetcreatelabel -q
