# source: integration-cli/docker_cli_stats_test.go TestStatsAllRunningNoStream (without names: the running containers, newest first; a stopped one is left out)
# fixtures: busybox
d run -d --network none --name one busybox top
d run -d --network none --name two busybox top
d run -d --network none --name three busybox top
d stop -t 1 three
d stats --no-stream --format 'table {{.Name}}\t{{.NetIO}}\t{{.PIDs}}'
d rm -f one two three
d stats --no-stream
