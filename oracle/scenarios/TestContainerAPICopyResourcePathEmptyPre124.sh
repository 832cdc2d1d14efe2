# source: integration-cli/docker_api_containers_test.go TestContainerAPICopyResourcePathEmptyPre124
# fixtures: busybox
d run --network none --name test-container-api-copy-resource-empty busybox touch /test.txt
API_VERSION=v1.23 api POST /containers/test-container-api-copy-resource-empty/copy '{"Resource":""}'
