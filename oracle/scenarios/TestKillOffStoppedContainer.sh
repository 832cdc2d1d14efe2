# source: integration-cli/docker_cli_kill_test.go TestKillOffStoppedContainer (moby v17.12)
# fixtures: busybox
ID=$(q run -d --network none --name c1 busybox top)
d stop c1
d wait c1
d kill -s 30 "$ID"
d kill c1
