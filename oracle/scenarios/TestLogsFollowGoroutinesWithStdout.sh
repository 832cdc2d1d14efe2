# source: integration-cli/docker_cli_logs_test.go TestLogsFollowGoroutinesWithStdout (the daemon's goroutine count is not visible through the CLI: a follower whose reader goes away ends, and the container runs on)
# fixtures: busybox
d run -d --name c1 busybox /bin/sh -c 'while true; do echo hello; sleep 2; done'
sh_d 'timeout 20 $ENGINE_CMD_STR logs -f c1 | head -1; echo "logs ${PIPESTATUS[0]}"'
d inspect -f '{{.State.Running}}' c1
d rm -f c1
