# source: integration-cli/docker_cli_network_unix_test.go TestInspectAPIMultipleNetworks (a created container: a running default one keeps its endpoints on the reference; API versions before 1.24 are another helper's)
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.105.0.0/24 mybridge1
d network create --subnet 10.106.0.0/24 mybridge2
d create --name multi busybox top
d network connect mybridge1 multi
d network connect mybridge2 multi
API_VERSION=v1.24 apij GET /containers/multi/json -- '[sorted(j["NetworkSettings"]["Networks"]), j["NetworkSettings"]["IPAddress"], j["NetworkSettings"]["Networks"]["bridge"]["IPAddress"]]'
apij GET /containers/multi/json -- 'j["NetworkSettings"]["Networks"]'
d rm -f multi
d network rm mybridge1 mybridge2
