# source: integration-cli/docker_api_exec_test.go TestExecAPIStartWithDetach
# fixtures: busybox
d run -d -t --network none --name foo busybox top
id=$(apiq POST /containers/foo/exec '{"Cmd":["true"],"AttachStderr":true}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
api GET /_ping
