# source: integration-cli/docker_cli_kill_test.go TestKillWithInvalidSignal (moby v17.12)
# fixtures: busybox
d run -d --network none --name c1 busybox top
d kill -s 0 c1
d inspect --format '{{.State.Running}}' c1
d run -d --network none --name c2 busybox top
d kill -s SIG42 c2
d inspect --format '{{.State.Running}}' c2
d kill -s NOSUCH c2
d rm -f c1 c2
