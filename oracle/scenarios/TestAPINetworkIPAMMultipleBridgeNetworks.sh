# source: integration-cli/docker_api_network_test.go TestAPINetworkIPAMMultipleBridgeNetworks
# fixtures: none
# daemon: fresh
apij POST /networks/create '{"Name":"test0","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"192.178.0.0/16","IPRange":"192.178.128.0/17","Gateway":"192.178.138.100"}]}}' -- 'j["Warning"]'
api POST /networks/create '{"Name":"test1","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"192.178.128.0/17","Gateway":"192.178.128.1"}]}}'
apij POST /networks/create '{"Name":"test2","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"192.169.0.0/16","Gateway":"192.169.100.100"}]}}' -- 'j["Warning"]'
api DELETE /networks/test0
apij POST /networks/create '{"Name":"test1","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"192.178.128.0/17","Gateway":"192.178.128.1"}]}}' -- 'j["Warning"]'
apij POST /networks/create '{"Name":"test3"}' -- 'j["Warning"]'
apij POST /networks/create '{"Name":"test4"}' -- 'j["Warning"]'
apij POST /networks/create '{"Name":"test5"}' -- 'j["Warning"]'
apij GET /networks -- 'sorted((n["Name"], [c["Subnet"] for c in n["IPAM"]["Config"]]) for n in j)'
api DELETE /networks/test1
api DELETE /networks/test2
api DELETE /networks/test3
api DELETE /networks/test4
api DELETE /networks/test5
