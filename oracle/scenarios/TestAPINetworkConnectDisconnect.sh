# source: integration-cli/docker_api_network_test.go TestAPINetworkConnectDisconnect
# fixtures: busybox
# daemon: fresh
apij POST /networks/create '{"Name":"testnetwork","IPAM":{"Config":[{"Subnet":"10.96.0.0/24"}]}}' -- 'j["Warning"]'
apij GET /networks/testnetwork -- '[j["Name"], len(j["Containers"])]'
d run -d --name test --net none busybox top
d create --name test2 --net none busybox top
api POST /networks/testnetwork/connect '{"Container":"test"}'
api POST /networks/testnetwork/connect '{"Container":"nope"}'
api POST /networks/nonet/connect '{"Container":"test"}'
api POST /networks/none/disconnect '{"Container":"test2"}'
api POST /networks/testnetwork/connect '{"Container":"test2"}'
apij GET /containers/test2/json -- 'j["NetworkSettings"]["Networks"]["testnetwork"]'
api POST /networks/testnetwork/connect '{"Container":"test2","EndpointConfig":{"IPAMConfig":{"IPv4Address":"10.96.0.77"},"Aliases":["web"]}}'
apij GET /containers/test2/json -- 'j["NetworkSettings"]["Networks"]["testnetwork"]'
api POST /networks/testnetwork/disconnect '{"Container":"test2"}'
api POST /networks/testnetwork/connect '{"Container":"test2","EndpointConfig":{"IPAMConfig":{"IPv4Address":"10.96.0.77"},"Aliases":["web"]}}'
apij GET /containers/test2/json -- 'j["NetworkSettings"]["Networks"]["testnetwork"]'
d start test2
apij GET /containers/test2/json -- '[(k, v["IPAddress"], v["Aliases"], v["IPAMConfig"]) for k, v in sorted(j["NetworkSettings"]["Networks"].items())]'
apij GET /networks/testnetwork -- 'sorted((v["Name"], v["IPv4Address"]) for v in j["Containers"].values())'
api POST /networks/testnetwork/disconnect '{"Container":"test2"}'
api POST /networks/testnetwork/disconnect '{"Container":"test2"}'
api POST /networks/testnetwork/disconnect '{"Container":"nope","Force":true}'
api POST /networks/testnetwork/disconnect '{"Container":"nope"}'
apij GET /networks/testnetwork -- 'sorted((v["Name"], v["IPv4Address"]) for v in j["Containers"].values())'
d rm -f test test2
api DELETE /networks/testnetwork
