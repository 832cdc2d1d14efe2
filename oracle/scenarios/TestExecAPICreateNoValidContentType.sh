# source: integration-cli/docker_api_exec_test.go TestExecAPICreateNoValidContentType
# fixtures: busybox
d run -d -t --network none --name exec_test busybox /bin/sh
API_CT=test/plain api POST /containers/exec_test/exec '{"Cmd":null}'
