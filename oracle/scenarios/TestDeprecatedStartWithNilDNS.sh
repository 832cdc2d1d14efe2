# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedStartWithNilDNS
# fixtures: busybox
id=$(q create --network none busybox)
API_VERSION=v1.23 api POST /containers/$id/start '{"HostConfig":{"Dns":null,"NetworkMode":"none"}}'
d inspect -f '{{json .HostConfig.Dns}} {{.HostConfig.NetworkMode}}' $id
