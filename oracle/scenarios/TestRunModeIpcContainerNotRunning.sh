# source: integration-cli/docker_cli_run_test.go TestRunModeIpcContainerNotRunning
# fixtures: busybox
ID=$(q create --network none busybox)
d run --network none --name c2 "--ipc=container:$ID" busybox
d ps -a --format '{{.Names}} {{.Status}}'
