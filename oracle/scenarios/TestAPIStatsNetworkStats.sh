# source: integration-cli/docker_api_stats_test.go TestAPIStatsNetworkStats (no bridge here: a --network none container has no interface to count)
# fixtures: busybox
d run -d --network none --name net busybox top
d stats --no-stream --format '{{.Name}} {{.NetIO}}' net
d rm -f net
