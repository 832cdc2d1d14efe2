# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedPostContainersStartWithoutLinksInHostConfig
# fixtures: busybox
d create --network none --name test-host-config-links busybox top
echo "{\"HostConfig\":$(q inspect -f '{{json .HostConfig}}' test-host-config-links)}" >$TMP/hc.json
API_VERSION=v1.23 API_CT=application/json API_FILE=$TMP/hc.json api POST /containers/test-host-config-links/start
d inspect -f '{{.State.Status}} {{.HostConfig.Links}}' test-host-config-links
d rm -f test-host-config-links
