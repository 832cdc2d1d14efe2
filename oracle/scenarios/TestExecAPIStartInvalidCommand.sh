# source: integration-cli/docker_api_exec_test.go TestExecAPIStartInvalidCommand
# fixtures: busybox
d run -d -t --network none --name exec_test busybox /bin/sh
id=$(apiq POST /containers/exec_test/exec '{"Cmd":["invalid"]}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
for i in $(seq 100); do [ "$(apiq GET /exec/$id/json -- 'j["Running"]')" = false ] && break; sleep 0.1; done
apij GET /exec/$id/json -- '[j["Running"], j["ExitCode"]]'
apij GET /containers/exec_test/json -- 'j["ExecIDs"]'
