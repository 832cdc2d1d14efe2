# source: integration-cli/docker_api_inspect_test.go TestInspectAPIContainerVolumeDriver
# fixtures: busybox
d run -d --network none --volume-driver local --name c1 busybox true
API_VERSION=v1.25 apij GET /containers/c1/json -- '["VolumeDriver" in j["Config"], j["HostConfig"].get("VolumeDriver")]'
