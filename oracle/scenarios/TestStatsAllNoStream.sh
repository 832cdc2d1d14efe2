# source: integration-cli/docker_cli_stats_test.go TestStatsAllNoStream (--all shows the stopped container too, with zero stats)
# fixtures: busybox
d run -d --network none --name one busybox top
d stop -t 1 one
d run -d --network none --name two busybox top
d stats --all --no-stream --format 'table {{.Name}}\t{{.NetIO}}\t{{.PIDs}}'
d stats --no-stream one
d stats --no-stream --no-trunc --format '{{json .}}' one
d stats -a --no-stream --format '{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.MemPerc}} {{.BlockIO}}' one
d rm -f one two
