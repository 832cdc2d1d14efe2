# source: integration-cli/docker_api_inspect_test.go TestInspectAPIBridgeNetworkSettings121 (the reference has no default bridge: a user-defined bridge network, whose address is not the top-level one)
# fixtures: busybox
d network create -d bridge --internal berthnet
d run -d --network berthnet --name c1 busybox top
API_VERSION=v1.21 apij GET /containers/c1/json -- '[list(j["NetworkSettings"].keys()), j["NetworkSettings"]["IPAddress"], sorted(j["NetworkSettings"].get("Networks", {}).keys()), [n["IPAddress"] != "" for n in j["NetworkSettings"].get("Networks", {}).values()]]'
d run -d --network none --name c2 busybox top
API_VERSION=v1.21 apij GET /containers/c2/json -- '[list(j["NetworkSettings"].keys()), sorted(j["NetworkSettings"].get("Networks", {}).keys())]'
d rm -f c1 c2
d network rm berthnet
