# source: integration-cli/docker_cli_exec_test.go TestExecStopNotHanging
# fixtures: busybox
d run -d --network none --name testing busybox top
sh_d '(engine exec testing top >/dev/null 2>&1 &); sleep 1; engine stop testing'
d inspect --format '{{.State.Status}} {{.State.ExitCode}}' testing
d rm testing
