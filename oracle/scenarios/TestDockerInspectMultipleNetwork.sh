# source: integration-cli/docker_cli_network_unix_test.go TestDockerInspectMultipleNetwork
# fixtures: none
d network inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{len .Containers}} {{.IPAM.Driver}} {{len .IPAM.Config}}' host none
sh_d 'engine network inspect host none | python3 -c "import json,sys; print(len(json.load(sys.stdin)))"'
