# source: integration-cli/docker_cli_attach_test.go TestAttachDisconnect (the attach's stdin ends: the container keeps running; the attach then waits for its end and exits with its code)
# fixtures: busybox
d run -di --network none --name c1 busybox /bin/cat
sh_d '{ echo hello; sleep 3; } | engine attach c1 > $TMP/out & pid=$!; sleep 6; engine inspect -f "{{.State.Running}}" c1; engine kill c1 > /dev/null; wait $pid; echo "attach exit $?"; cat $TMP/out'
d inspect -f '{{.State.Running}} {{.State.ExitCode}}' c1
d rm -f c1
