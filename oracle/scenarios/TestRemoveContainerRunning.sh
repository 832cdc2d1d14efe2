# source: integration/container/remove_test.go TestRemoveContainerRunning (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name running busybox top
d rm running
d inspect -f '{{.State.Status}}' running
d rm -f running
