# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspectCustomUnspecified
# fixtures: none
# daemon: fresh
d network create test01
d network inspect test01
d network inspect -f '{{.Driver}} {{.Scope}} {{.Internal}} {{.EnableIPv6}} {{.IPAM.Driver}} {{len .IPAM.Config}}' test01
d network rm test01
d network ls -f name=test01 -q
