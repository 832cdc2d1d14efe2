# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedContainerAPIStartDupVolumeBinds
# fixtures: busybox
API_VERSION=v1.23 api POST '/containers/create?name=testdups' '{"Image":"busybox","Volumes":{"/tmp":{}},"HostConfig":{"NetworkMode":"none"}}'
API_VERSION=v1.23 api POST /containers/testdups/start "{\"Binds\":[\"$TMP/test1:/tmp\",\"$TMP/test2:/tmp\"],\"NetworkMode\":\"none\"}"
d inspect -f '{{.State.Status}}' testdups
