# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInspectCreatedContainer
# fixtures: busybox
d create --name test busybox
d inspect -f '{{json .NetworkSettings.Networks}}' test
d create --name test2 --net none busybox
d network disconnect none test2
d inspect -f '{{json .NetworkSettings.Networks}}' test2
d network connect none test2
d inspect -f '{{json .NetworkSettings.Networks}}' test2
d rm test test2
