# source: integration-cli/docker_cli_restart_test.go TestRestartContainerSuccess
# fixtures: busybox
ID=$(q run -d --network none --restart=always busybox top)
PID=$(q inspect --format '{{.State.Pid}}' "$ID")
export PID
sh_d 'kill -9 "$PID"'
sh_d 'for i in $(seq 1 150); do [ "$(engine inspect --format "{{.RestartCount}} {{.State.Status}}" '"$ID"')" = "1 running" ] && break; sleep 0.2; done; engine inspect --format "{{.RestartCount}} {{.State.Status}} {{.State.Restarting}}" '"$ID"
d stop -t 1 "$ID"
d inspect --format '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' "$ID"
d rm "$ID"
