# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectPreferredIPStoppedContainer (IPv4 part)
# fixtures: busybox
# daemon: fresh
d network create --subnet=172.31.0.0/16 base
d create --name c0 --network base busybox top
d network create --subnet=172.30.0.0/16 n0
d network connect --ip 172.30.55.44 n0 c0
d inspect -f '{{json .NetworkSettings.Networks.n0}}' c0
d start c0
d inspect -f '{{.NetworkSettings.Networks.n0.IPAMConfig.IPv4Address}} {{.NetworkSettings.Networks.n0.IPAddress}}' c0
d stop -t 1 c0
d inspect -f '{{.NetworkSettings.Networks.n0.IPAMConfig.IPv4Address}} [{{.NetworkSettings.Networks.n0.IPAddress}}]' c0
d rm -f c0
d network rm n0 base
