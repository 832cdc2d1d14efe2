# source: integration-cli/docker_api_containers_test.go TestContainerAPIDeleteForce (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name forced busybox top
d rm -f forced
d ps -aq
