# source: integration-cli/docker_api_stats_test.go TestAPIStatsNoStreamConnectedContainers (stats of a container that joined another's network namespace)
# fixtures: busybox
d run -d --network none --name first busybox top
d run -d --network container:first --name second busybox top
d stats --no-stream --format '{{.Name}} {{.NetIO}} {{.PIDs}}' second
d rm -f second first
