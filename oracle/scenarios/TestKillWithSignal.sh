# source: integration-cli/docker_cli_kill_test.go TestKillWithSignal (moby v17.12)
# fixtures: busybox
d run -d --network none --name c1 busybox top
d kill -s SIGWINCH c1
sleep 0.5
d inspect --format '{{.State.Running}}' c1
d kill -s KILL c1
d wait c1
