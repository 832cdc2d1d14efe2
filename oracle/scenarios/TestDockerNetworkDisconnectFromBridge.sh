# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDisconnectFromBridge
# fixtures: busybox
d network inspect --format '{{.Id}}' bridge
d create --name test busybox top
d network disconnect bridge test
d inspect -f '{{json .NetworkSettings.Networks}}' test
d rm test
