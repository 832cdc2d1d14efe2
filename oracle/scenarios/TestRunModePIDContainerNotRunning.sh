# source: integration-cli/docker_cli_run_test.go TestRunModePIDContainerNotRunning
# fixtures: busybox
ID=$(q create --network none busybox)
d run --network none --name c2 "--pid=container:$ID" busybox
d ps -a --format '{{.Names}} {{.Status}}'
