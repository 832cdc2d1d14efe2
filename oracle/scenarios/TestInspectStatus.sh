# source: integration-cli/docker_cli_inspect_test.go TestInspectStatus
# fixtures: busybox
d run -d --network none --name c1 busybox top
d inspect --format '{{.State.Status}}' c1
d pause c1
d inspect --format '{{.State.Status}}' c1
d unpause c1
d inspect --format '{{.State.Status}}' c1
d stop c1
d inspect --format '{{.State.Status}} {{.State.ExitCode}}' c1
