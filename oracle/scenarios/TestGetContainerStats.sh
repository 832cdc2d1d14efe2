# source: integration-cli/docker_api_containers_test.go TestGetContainerStats (the stream ends when the container is removed: the CLI then shows -- for it)
# fixtures: busybox
d run -d --network none --name statscontainer busybox top
sh_d '$ENGINE_CMD_STR stats --format "{{.Name}} {{.NetIO}}" statscontainer >> $TMP/out & p=$!; sleep 4; engine rm -f statscontainer; sleep 4; kill -KILL $p; wait $p 2> /dev/null; tr -d "\033" < $TMP/out | sed "s/\[[HKJ]//g; s/ *$//" | grep . | sort -u'
