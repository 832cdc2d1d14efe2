# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspectDefault (none and host)
# fixtures: none
d network inspect --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.EnableIPv6}} {{.IPAM.Driver}} {{len .IPAM.Config}} {{.Attachable}} {{.Ingress}} {{.Containers}} {{.Options}} {{.Labels}}' none host
d network inspect --format '{{json .IPAM}} {{json .ConfigFrom}}' none
