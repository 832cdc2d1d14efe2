# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedContainerAPIStartVolumeBinds
# fixtures: busybox
API_VERSION=v1.23 api POST '/containers/create?name=testing' '{"Image":"busybox","Volumes":{"/foo":{}},"HostConfig":{"NetworkMode":"none"}}'
API_VERSION=v1.23 api POST /containers/testing/start "{\"Binds\":[\"$TMP/bind:/foo\"],\"NetworkMode\":\"none\"}"
d wait testing
d inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} {{.Destination}} {{.RW}}{{end}} {{.HostConfig.Binds}} {{.HostConfig.NetworkMode}}' testing
