# source: integration-cli/docker_cli_pause_test.go TestStopPausedContainer (moby v17.12)
# fixtures: busybox
d run -d --network none --name c1 busybox top
d pause c1
d stop c1
d inspect --format '{{.State.Running}} {{.State.Paused}} {{.State.Status}} {{.State.ExitCode}}' c1
