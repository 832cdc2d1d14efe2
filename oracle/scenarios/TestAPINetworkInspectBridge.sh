# source: integration-cli/docker_api_network_test.go TestAPINetworkInspectBridge
# fixtures: busybox
api GET /networks/bridge
d create --name test busybox top
apij GET /containers/test/json -- 'list(j["NetworkSettings"]["Networks"])'
d rm test
