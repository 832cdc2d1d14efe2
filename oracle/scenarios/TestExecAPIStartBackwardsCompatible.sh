# source: integration-cli/docker_api_exec_test.go TestExecAPIStartBackwardsCompatible
# fixtures: busybox
d run -d --network none --name test busybox top
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
API_VERSION=v1.20 API_CT=text/plain api POST /exec/$id/start '{"Detach": true}'
