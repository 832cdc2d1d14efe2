# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedContainerAPIStartHostConfig
# fixtures: busybox
d create --network none --name test-deprecated-api-124 busybox
api POST /containers/test-deprecated-api-124/start '{"Binds":["/aa:/bb"]}'
API_VERSION=v1.24 api POST /containers/test-deprecated-api-124/start '{"Binds":["/aa:/bb"]}'
api POST /containers/test-deprecated-api-124/start '{}'
d inspect -f '{{.State.Status}} {{.HostConfig.Binds}}' test-deprecated-api-124
