# source: integration-cli/docker_api_containers_test.go TestContainerAPIGetChanges (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name changescontainer busybox rm /etc/passwd
d diff changescontainer
