# source: integration-cli/docker_cli_stats_test.go TestStatsFormatAll
# fixtures: busybox
d run -d --network none --name=RunningOne busybox top
d run -d --network none --name=ExitedOne busybox top
d stop -t 1 ExitedOne
d stats --no-stream --format '{{.Name}}'
d stats --all --no-stream --format '{{.Name}}'
d stats --all --no-stream --format 'table {{.Name}}\t{{.Container}}'
d stats --all --no-stream --format '{{.Name}} {{.Foo}}'
d rm -f RunningOne ExitedOne
