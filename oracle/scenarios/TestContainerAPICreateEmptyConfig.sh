# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateEmptyConfig (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none ''
d run --network none ''
