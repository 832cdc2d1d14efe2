# source: integration-cli/docker_api_exec_test.go TestExecAPIStartMultipleTimesError
# fixtures: busybox
d run -d --network none --name test busybox top
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
for i in $(seq 100); do [ "$(apiq GET /exec/$id/json -- 'j["Running"]')" = false ] && break; sleep 0.1; done
apij GET /exec/$id/json -- '[j["Running"], j["ExitCode"]]'
api POST /exec/$id/start '{"Detach": true}'
