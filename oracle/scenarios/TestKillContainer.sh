# source: integration-cli/docker_cli_kill_test.go TestKillContainer (moby v17.12)
# fixtures: busybox
d run -d --network none --name c1 busybox top
d kill c1
d wait c1
d ps -q
d inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' c1
