# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectDisconnect-like checks of a container's endpoint on the predefined none and host networks (created, running, stopped)
# fixtures: busybox
d create --network none --name ns-created busybox sleep 30
d inspect --format '[{{.NetworkSettings.Networks.none.NetworkID}}][{{.NetworkSettings.Networks.none.EndpointID}}][{{.NetworkSettings.SandboxID}}]' ns-created
d run -d --network none --name ns-running busybox sleep 30
sh_d 'engine inspect --format "{{len .NetworkSettings.Networks.none.NetworkID}} {{len .NetworkSettings.Networks.none.EndpointID}} {{len .NetworkSettings.SandboxID}}" ns-running'
sh_d '[ "$(engine inspect --format "{{.NetworkSettings.Networks.none.NetworkID}}" ns-running)" = "$(engine network inspect --format "{{.Id}}" none)" ] && echo same-network'
sh_d 'engine network inspect --format "{{range \$id, \$e := .Containers}}{{\$e.Name}} {{len \$e.EndpointID}} [{{\$e.IPv4Address}}]{{end}}" none'
d stop -t 1 ns-running
sh_d 'engine inspect --format "{{len .NetworkSettings.Networks.none.NetworkID}} [{{.NetworkSettings.Networks.none.EndpointID}}] {{len .NetworkSettings.SandboxID}}" ns-running'
d network inspect --format '{{.Containers}}' none
d run -d --network host --name ns-host busybox sleep 30
sh_d 'engine inspect --format "{{len .NetworkSettings.Networks.host.NetworkID}} {{len .NetworkSettings.Networks.host.EndpointID}} {{.NetworkSettings.SandboxKey}}" ns-host | sed "s|/.*/netns/|NETNS/|"'
d rm -f ns-host
