# source: integration-cli/docker_api_containers_test.go TestContainerAPIStatsWithNetworkDisabled (no network: no network stats)
# fixtures: busybox
d run -d --network none --name testing-network-disabled busybox top
d stats --no-stream --format '{{.Name}} {{.NetIO}} {{.PIDs}}' testing-network-disabled
d rm -f testing-network-disabled
