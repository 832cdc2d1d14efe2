# source: integration-cli/docker_cli_rm_test.go TestRmContainerRunning (moby v17.12)
# fixtures: busybox
ID=$(q run -dt --network none --name foo busybox top)
d rm foo
d rm "$ID"
d rm -f foo
