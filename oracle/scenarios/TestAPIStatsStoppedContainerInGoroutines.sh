# source: integration-cli/docker_api_stats_test.go TestAPIStatsStoppedContainerInGoroutines (streaming stats of an exited container: zero rows until the client goes)
# fixtures: busybox
d run -d --network none --name stopped busybox echo 1
d wait stopped
sh_d '$ENGINE_CMD_STR stats --format "{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.PIDs}}" stopped >> $TMP/out & p=$!; sleep 3; kill -KILL $p; wait $p 2> /dev/null; head -n 3 $TMP/out | cat -v'
d ps -a --format '{{.Names}}'
d rm stopped
