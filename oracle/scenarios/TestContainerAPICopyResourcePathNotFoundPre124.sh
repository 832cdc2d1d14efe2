# source: integration-cli/docker_api_containers_test.go TestContainerAPICopyResourcePathNotFoundPre124
# fixtures: busybox
d run --network none --name test-container-api-copy-resource-not-found busybox
API_VERSION=v1.23 api POST /containers/test-container-api-copy-resource-not-found/copy '{"Resource":"/notexist"}'
