# source: integration-cli/docker_cli_run_test.go TestRunInspectMacAddress
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.99.0.0/24 macnet
d run -d --name m0 --mac-address=12:34:56:78:9a:bc busybox top
d inspect -f '{{.NetworkSettings.Networks.bridge.MacAddress}}|{{.Config.MacAddress}}|{{.NetworkSettings.MacAddress}}' m0
d run -d --name m1 --net macnet --mac-address=12:34:56:78:9a:bc busybox top
d inspect -f '{{.NetworkSettings.Networks.macnet.MacAddress}}|{{.Config.MacAddress}}|{{.NetworkSettings.MacAddress}}' m1
d rm -f m0 m1
d network rm macnet
