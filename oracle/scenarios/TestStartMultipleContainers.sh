# source: integration-cli/docker_cli_start_test.go TestStartMultipleContainers (without --link: one container that cannot start among running ones)
# fixtures: busybox
d run -d --network none --name parent busybox top
d create --network none --name child_first busybox nosuchcommand
d create --network none --name child_second busybox top
d stop parent
d inspect --format '{{.State.Running}}' parent
d start child_first parent child_second
d inspect --format '{{.Name}} {{.State.Running}}' parent child_first child_second
d start nosuch parent
d rm -f parent child_first child_second
