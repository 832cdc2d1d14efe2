# source: integration-cli/docker_cli_start_test.go TestStartPausedContainer
# fixtures: busybox
d run -d --network none --name testing busybox top
d pause testing
d start testing
d inspect --format '{{.State.Status}} {{.State.Paused}}' testing
d unpause testing
d rm -f testing
