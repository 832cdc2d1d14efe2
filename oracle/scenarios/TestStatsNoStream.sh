# source: integration-cli/docker_cli_stats_test.go TestStatsNoStream (--no-stream prints one table of the named container and returns)
# fixtures: busybox
d run -d --network none --name top1 busybox top
ID=$(q inspect -f '{{.Id}}' top1)
d stats --no-stream --format 'table {{.ID}}\t{{.Name}}\t{{.NetIO}}\t{{.PIDs}}' $ID
d stats --no-stream --format '{{.Container}} {{.Name}} {{.PIDs}}' top1
d rm -f top1
