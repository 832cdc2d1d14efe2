# source: integration-cli/docker_api_inspect_test.go TestInspectAPIEmptyFieldsInConfigPre121
# fixtures: busybox
d run -d --network none --name c1 busybox true
API_VERSION=v1.19 apij GET /containers/c1/json -- '[[f, j["Config"].get(f, "(missing)")] for f in ["MacAddress", "NetworkDisabled", "ExposedPorts"]]'
API_VERSION=v1.20 apij GET /containers/c1/json -- '[[f, j["Config"].get(f, "(missing)")] for f in ["MacAddress", "NetworkDisabled", "ExposedPorts"]]'
