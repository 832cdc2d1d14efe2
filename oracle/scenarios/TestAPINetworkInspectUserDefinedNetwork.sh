# source: integration-cli/docker_api_network_test.go TestAPINetworkInspectUserDefinedNetwork
# fixtures: none
apij POST /networks/create '{"Name":"br0","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"172.28.0.0/16","IPRange":"172.28.5.0/24","Gateway":"172.28.5.254"}]},"Options":{"foo":"bar","opts":"dopts"}}' -- 'j["Warning"]'
apij GET /networks/br0 -- '[j["IPAM"], j["Options"], j["Containers"], j["Driver"], j["Scope"]]'
api DELETE /networks/br0
apij GET /networks -- 'sorted(n["Name"] for n in j)'
