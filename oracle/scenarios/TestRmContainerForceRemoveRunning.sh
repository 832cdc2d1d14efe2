# source: integration-cli/docker_cli_rm_test.go TestRmContainerForceRemoveRunning (moby v17.12)
# fixtures: busybox
d run -dt --network none --name foo busybox top
d rm -f foo
d ps -a
