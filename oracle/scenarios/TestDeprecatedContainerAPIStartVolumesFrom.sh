# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedContainerAPIStartVolumesFrom
# fixtures: busybox
d run --network none --name voltst -v /tmp busybox
API_VERSION=v1.23 api POST '/containers/create?name=TestContainerAPIStartVolumesFrom' '{"Image":"busybox","Volumes":{"/tmp":{}},"HostConfig":{"NetworkMode":"none"}}'
API_VERSION=v1.23 api POST /containers/TestContainerAPIStartVolumesFrom/start '{"VolumesFrom":["voltst"],"NetworkMode":"none"}'
d wait TestContainerAPIStartVolumesFrom
a=$(q inspect -f '{{range .Mounts}}{{.Source}}{{end}}' TestContainerAPIStartVolumesFrom)
b=$(q inspect -f '{{range .Mounts}}{{.Source}}{{end}}' voltst)
note "same mount source: $([ -n "$a" ] && [ "$a" = "$b" ] && echo yes || echo no)"
d inspect -f '{{.HostConfig.VolumesFrom}}' TestContainerAPIStartVolumesFrom
