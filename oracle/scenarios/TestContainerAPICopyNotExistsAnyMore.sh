# source: integration-cli/docker_api_containers_test.go TestContainerAPICopyNotExistsAnyMore
# fixtures: busybox
d run --network none --name test-container-api-copy busybox touch /test.txt
api POST /containers/test-container-api-copy/copy '{"Resource":"/test.txt"}'
