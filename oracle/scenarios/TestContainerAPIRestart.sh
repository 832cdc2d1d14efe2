# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestart (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name TestContainerAPIRestart busybox top
d restart -t 1 TestContainerAPIRestart
d inspect -f '{{.State.Running}} {{.RestartCount}}' TestContainerAPIRestart
d rm -f TestContainerAPIRestart
