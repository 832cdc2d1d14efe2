# source: integration-cli/docker_api_containers_test.go TestContainerAPIVerifyHeader
# fixtures: busybox
API_CT= api POST /containers/create '{"Image":"busybox"}'
API_CT=application/xml api POST /containers/create '{"Image":"busybox"}'
api POST /containers/create '{"Image":"busybox"}'
