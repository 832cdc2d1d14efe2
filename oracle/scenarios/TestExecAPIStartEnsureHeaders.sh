# source: integration-cli/docker_api_exec_test.go TestExecAPIStartEnsureHeaders
# fixtures: busybox
d run -d --network none --name test busybox top
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
API_HEADERS="Server? Api-Version Ostype Docker-Experimental" api POST /exec/$id/start '{"Detach": true}'
