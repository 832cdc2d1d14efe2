# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectWithAliasOnDefaultNetworks
# fixtures: busybox
d run -d --name c --net=none busybox top
d network connect --alias aliasbridge bridge c
d network connect --alias aliashost host c
d network connect --alias aliasnone none c
d create --name d --net=none busybox top
d network connect --alias aliasnone none d
d network connect --alias aliashost host d
d network connect --alias aliasbridge bridge d
d inspect -f '{{json .NetworkSettings.Networks}}' d
d rm -f c d
