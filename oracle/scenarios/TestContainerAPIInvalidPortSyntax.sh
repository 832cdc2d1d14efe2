# source: integration-cli/docker_api_containers_test.go TestContainerAPIInvalidPortSyntax
# fixtures: busybox
api POST /containers/create '{"Image":"busybox","HostConfig":{"NetworkMode":"default","PortBindings":{"19039;1230":[{}]}}}'
