# source: integration-cli/docker_cli_exec_test.go TestExecAfterContainerRestart
# fixtures: busybox
d run -d --network none --name c1 busybox top
d restart c1
d exec c1 echo hello
d rm -f c1
