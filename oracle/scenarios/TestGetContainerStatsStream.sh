# source: integration-cli/docker_api_containers_test.go TestGetContainerStatsStream (streaming: more than one sample)
# fixtures: busybox
d run -d --network none --name statscontainer busybox top
sh_d '$ENGINE_CMD_STR stats --format "{{.Name}}" statscontainer >> $TMP/out & p=$!; sleep 4; engine rm -f statscontainer; sleep 1; kill -KILL $p; wait $p 2> /dev/null; [ "$(grep -c "Hstatscontainer$" $TMP/out)" -ge 2 ] && echo "more than one frame"'
