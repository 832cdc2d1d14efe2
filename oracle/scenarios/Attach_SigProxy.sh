# source: docker attach --sig-proxy (cli/command/container/attach.go): by default a signal the client gets goes to the container (the attach then ends with the container)
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'trap "echo got TERM; exit 3" TERM; while true; do sleep 0.1; done'
sh_d '(exec $ENGINE_CMD_STR attach c1 > $TMP/out) & pid=$!; sleep 5; kill -TERM $pid; wait $pid; echo "attach exit $?"; cat $TMP/out'
d inspect -f '{{.State.Running}} {{.State.ExitCode}}' c1
