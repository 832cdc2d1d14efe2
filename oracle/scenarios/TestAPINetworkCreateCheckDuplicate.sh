# source: integration-cli/docker_api_network_test.go TestAPINetworkCreateCheckDuplicate
# fixtures: none
apij POST /networks/create '{"Name":"testcheckduplicate","CheckDuplicate":true}' -- 'j["Warning"]'
api POST /networks/create '{"Name":"testcheckduplicate","CheckDuplicate":true}'
apij POST /networks/create '{"Name":"testcheckduplicate","CheckDuplicate":false}' -- 'j["Warning"]'
apij GET /networks -- 'sorted(n["Name"] for n in j)'
sh_d 'for id in $(engine network ls -q --filter name=testcheckduplicate); do engine network rm $id >/dev/null; done; echo removed'
