# source: integration/container/remove_test.go TestRemoveContainerForceRemoveRunning (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name running busybox top
d rm --force running
d ps -a --format '{{.Names}}'
