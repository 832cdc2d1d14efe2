# source: integration-cli/docker_cli_attach_unix_test.go TestAttachClosedOnContainerStop (a terminal from script(1))
# fixtures: busybox
ID=$(q run -dti --network none busybox /bin/sh -c "trap 'exit 0' SIGTERM; while true; do sleep 1; done")
export ID
sh_d 'sleep 12 | script -E never -qec "$ENGINE_CMD_STR attach $ID" /dev/null > $TMP/out & pid=$!; sleep 5; engine stop $ID > /dev/null; engine wait $ID; wait $pid; echo "attach exit $?"; tr -d "\r" < $TMP/out'
