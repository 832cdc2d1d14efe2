# source: integration-cli/docker_api_exec_test.go TestExecAPIStart
# fixtures: busybox
d run -d --network none --name test busybox top
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
apij GET /exec/$id/json -- 'j["Pid"] > 1'
note an exec made before its container stops cannot start, neither after the restart
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
d stop -t 1 test
api POST /exec/$id/start '{"Detach": true}'
d start test
api POST /exec/$id/start '{"Detach": true}'
note made before the pause
id=$(apiq POST /containers/test/exec '{"Cmd":["true"]}' -- 'j["Id"]')
d pause test
api POST /exec/$id/start '{"Detach": true}'
d unpause test
api POST /exec/$id/start '{"Detach": true}'
