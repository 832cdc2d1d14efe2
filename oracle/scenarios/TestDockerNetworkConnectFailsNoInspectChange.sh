# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectFailsNoInspectChange (a user network: bridge is absent on the reference)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.104.0.0/24 base
d run -d --name=bb --net base busybox top
d inspect -f '{{json .NetworkSettings.Networks.base}}' bb
d network connect base bb
d inspect -f '{{json .NetworkSettings.Networks.base}}' bb
d rm -f bb
d network rm base
