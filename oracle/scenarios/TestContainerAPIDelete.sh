# source: integration-cli/docker_api_containers_test.go TestContainerAPIDelete (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name deleted busybox true
d rm deleted
d ps -aq
