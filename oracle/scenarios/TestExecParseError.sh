# source: integration-cli/docker_cli_exec_test.go TestExecParseError
# fixtures: busybox
d run -d --network none --name top busybox top
d exec top
d rm -f top
