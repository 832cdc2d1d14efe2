# source: integration-cli/docker_cli_restart_test.go TestRestartAutoRemoveContainer
# fixtures: busybox
d run -d --network none --rm --name c1 busybox top
d restart c1
d inspect --format '{{ .State.Restarting }} {{ .State.Running }}' c1
d ps --format '{{.Names}} {{.Command}}'
d kill c1
sleep 2
d ps -a --format '{{.Names}}'
