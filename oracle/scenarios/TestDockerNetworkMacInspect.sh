# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkMacInspect (no driver plugin here: the refusal, then the bridge driver's MAC)
# fixtures: busybox
# daemon: fresh
d network create -d dummy-network-driver ov
d network create --subnet 10.108.0.0/24 ov
d run -d --net ov --name bb busybox top
d inspect -f '{{.NetworkSettings.Networks.ov.MacAddress}}' bb
d network create --subnet 10.109.0.0/24 ov2
d network connect ov2 bb
d inspect -f '{{.NetworkSettings.Networks.ov2.MacAddress}}' bb
d network inspect -f '{{range .Containers}}{{.Name}} {{.MacAddress}}{{end}}' ov2
d rm -f bb
d network rm ov ov2
