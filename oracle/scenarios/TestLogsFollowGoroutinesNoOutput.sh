# source: integration-cli/docker_cli_logs_test.go TestLogsFollowGoroutinesNoOutput (the daemon's goroutine count is not visible through the CLI: a follower killed while nothing comes ends, and the container runs on)
# fixtures: busybox
d run -d --name c1 busybox /bin/sh -c 'while true; do sleep 2; done'
sh_d '$ENGINE_CMD_STR logs -f c1 & pid=$!; sleep 1; kill -9 $pid; wait $pid 2>/dev/null; echo "logs $?"'
d inspect -f '{{.State.Running}}' c1
d logs c1
d rm -f c1
