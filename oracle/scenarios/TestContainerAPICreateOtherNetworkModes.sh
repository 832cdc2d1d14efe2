# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateOtherNetworkModes
# fixtures: busybox
api POST '/containers/create?name=c1' '{"Image":"busybox","HostConfig":{"NetworkMode":"host"}}'
apij GET /containers/c1/json -- 'j["HostConfig"]["NetworkMode"]'
api POST '/containers/create?name=c2' '{"Image":"busybox","HostConfig":{"NetworkMode":"container:web1"}}'
apij GET /containers/c2/json -- 'j["HostConfig"]["NetworkMode"]'
