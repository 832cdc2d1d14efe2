# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestartNotimeoutParam (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name restartnotimeout busybox top
d restart restartnotimeout
d inspect -f '{{.State.Running}}' restartnotimeout
d rm -f restartnotimeout
