# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateMemorySwappinessHostConfigOmitted (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name swappiness busybox
d inspect -f '{{.HostConfig.MemorySwappiness}}' swappiness
