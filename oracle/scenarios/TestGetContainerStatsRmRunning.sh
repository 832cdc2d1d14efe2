# source: integration-cli/docker_api_containers_test.go TestGetContainerStatsRmRunning (a refused rm leaves the stream running)
# fixtures: busybox
d run -d --network none --name statscontainer busybox top
sh_d '$ENGINE_CMD_STR stats --format "{{.Name}} {{.PIDs}}" statscontainer >> $TMP/out & p=$!; sleep 3; engine rm statscontainer; : > $TMP/out; sleep 3; kill -KILL $p; wait $p 2> /dev/null; tr -d "\033" < $TMP/out | sed "s/\[[HKJ]//g; s/ *$//" | grep . | sort -u'
d rm -f statscontainer
