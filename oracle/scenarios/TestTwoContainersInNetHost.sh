# source: integration-cli/docker_cli_run_test.go TestTwoContainersInNetHost
# fixtures: busybox
d run -d --net=host --name=first busybox top
d run -d --net=host --name=second busybox top
d stop first
d stop second
d ps -a --format '{{.Names}} {{.Status}}'
d rm first second
