# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedStartWithTooLowMemoryLimit
# fixtures: busybox
id=$(q create --network none busybox)
API_VERSION=v1.23 api POST /containers/$id/start '{"CpuShares":100,"Memory":524287,"NetworkMode":"none"}'
d inspect -f '{{.State.Status}} {{.HostConfig.Memory}}' $id
