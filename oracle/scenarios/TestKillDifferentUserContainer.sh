# source: integration-cli/docker_cli_kill_test.go TestKillDifferentUserContainer (moby v17.12)
# fixtures: busybox
d run -u daemon -d --network none --name c1 busybox top
d kill c1
d wait c1
d ps -q
