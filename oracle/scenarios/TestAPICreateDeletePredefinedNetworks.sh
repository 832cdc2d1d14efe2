# source: integration-cli/docker_api_network_test.go TestAPICreateDeletePredefinedNetworks
# fixtures: none
api POST /networks/create '{"Name":"bridge","CheckDuplicate":true}'
api DELETE /networks/bridge
api POST /networks/create '{"Name":"none","CheckDuplicate":true}'
api DELETE /networks/none
api POST /networks/create '{"Name":"host","CheckDuplicate":true}'
api DELETE /networks/host
