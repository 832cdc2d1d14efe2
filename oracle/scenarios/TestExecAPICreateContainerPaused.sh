# source: integration-cli/docker_api_exec_test.go TestExecAPICreateContainerPaused
# fixtures: busybox
d run -d -t --network none --name exec_create_test busybox /bin/sh
d pause exec_create_test
api POST /containers/exec_create_test/exec '{"Cmd":["true"]}'
d unpause exec_create_test
