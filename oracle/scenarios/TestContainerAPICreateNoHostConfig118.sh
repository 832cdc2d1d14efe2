# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateNoHostConfig118
# fixtures: busybox
API_VERSION=v1.18 api POST '/containers/create?name=c1' '{"Image":"busybox","HostConfig":{},"NetworkingConfig":{}}'
