# source: integration-cli/docker_cli_stats_test.go TestStatsContainerNotFound
# fixtures: busybox
d stats notfound
d stats --no-stream notfound
d run -d --network none --name found busybox top
d stats --no-stream --format '{{.Name}}' notfound found alsonotfound
d rm -f found
