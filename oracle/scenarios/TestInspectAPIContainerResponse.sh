# source: integration-cli/docker_api_inspect_test.go TestInspectAPIContainerResponse
# fixtures: busybox
d run -d --network none --name c1 busybox true
API_VERSION=v1.20 apij GET /containers/c1/json -- '[list(j.keys()), j["Path"]]'
API_VERSION=v1.19 apij GET /containers/c1/json -- '[list(j.keys()), j["Path"]]'
