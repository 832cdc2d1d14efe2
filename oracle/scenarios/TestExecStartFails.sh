# source: integration-cli/docker_cli_exec_test.go TestExecStartFails
# fixtures: busybox
d run -d --network none --name exec-15750 busybox top
d exec exec-15750 no-such-cmd
d rm -f exec-15750
