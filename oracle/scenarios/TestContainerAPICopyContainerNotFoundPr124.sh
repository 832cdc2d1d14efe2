# source: integration-cli/docker_api_containers_test.go TestContainerAPICopyContainerNotFoundPr124
# fixtures: busybox
API_VERSION=v1.23 api POST /containers/notexists/copy '{"Resource":"/something"}'
