# source: integration-cli/docker_api_exec_test.go TestExecAPICreateNoCmd
# fixtures: busybox
d run -d -t --network none --name exec_test busybox /bin/sh
api POST /containers/exec_test/exec '{"Cmd":null}'
