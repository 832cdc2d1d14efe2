# source: integration-cli/docker_api_containers_test.go TestContainerAPIStart (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name testing-start busybox top
d start testing-start
d start testing-start
d inspect -f '{{.State.Running}}' testing-start
d rm -f testing-start
