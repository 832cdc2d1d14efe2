# source: integration-cli/docker_cli_network_unix_test.go TestInspectAPIMultipleNetworks (a created container: a running default one keeps its endpoints on the reference)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.105.0.0/24 mybridge1
d network create --subnet 10.106.0.0/24 mybridge2
d create --name m busybox top
d network connect mybridge1 m
d network connect mybridge2 m
API_VERSION=v1.20 apij GET /containers/m/json -- '[j["NetworkSettings"].get("IPAddress"), "Networks" in j["NetworkSettings"]]'
API_VERSION=v1.21 apij GET /containers/m/json -- '[sorted(j["NetworkSettings"]["Networks"]), j["NetworkSettings"]["IPAddress"], j["NetworkSettings"]["Networks"]["bridge"]["IPAddress"]]'
d rm -f m
d network rm mybridge1 mybridge2
