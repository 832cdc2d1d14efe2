# source: integration-cli/docker_cli_exec_test.go TestExecExitStatus
# fixtures: busybox
d run -d --network none --name top busybox top
d exec top sh -c 'exit 23'
d rm -f top
