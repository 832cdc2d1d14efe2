# source: integration-cli/docker_api_containers_test.go TestContainerAPICopyPre124
# fixtures: busybox
d run --network none --name test-container-api-copy busybox touch /test.txt
API_VERSION=v1.23 API_OUT=$TMP/copy.tar API_HEADERS=Content-Type api POST /containers/test-container-api-copy/copy '{"Resource":"/test.txt"}'
sh_d 'tar -tf copy.tar'
