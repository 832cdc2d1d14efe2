# source: integration-cli/docker_cli_start_test.go TestStartAttachMultipleContainers
# fixtures: busybox
for n in test1 test2 test3; do q run -d --network none --name $n busybox top >/dev/null; done
d stop test1 test2 test3
d start -a test1 test2 test3
d start -i test1 test2 test3
d start -ai test1 test2 test3
d inspect --format '{{.Name}} {{.State.Running}}' test1 test2 test3
