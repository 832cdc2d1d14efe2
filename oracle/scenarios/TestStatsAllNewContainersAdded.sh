# source: integration-cli/docker_cli_stats_test.go TestStatsAllNewContainersAdded (streaming without names: a container started later joins the table; each refresh redraws the screen with ANSI codes)
# fixtures: busybox
d run -d --network none --name first busybox sleep 100
sh_d '$ENGINE_CMD_STR stats --format "{{.Name}}" >> $TMP/out & p=$!; sleep 3; engine run -d --network none --name added busybox sleep 100 > /dev/null; sleep 4; kill -KILL $p; wait $p 2> /dev/null; for n in first added; do grep -q "$n" $TMP/out && echo "$n seen"; done; head -n 3 $TMP/out | cat -v'
d rm -f first added
