# source: integration-cli/docker_api_network_test.go TestAPINetworkGetDefaults
# fixtures: none
apij GET /networks -- 'sorted(n["Name"] for n in j)'
apij GET /networks/bridge -- 'j'
