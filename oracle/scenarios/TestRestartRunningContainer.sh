# source: integration-cli/docker_cli_restart_test.go TestRestartRunningContainer
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c "echo foobar && sleep 30 && echo 'should not print this'"
sleep 1
d logs c1
d restart -t 1 c1
sleep 1
d logs c1
d inspect --format '{{.State.Running}} {{.RestartCount}}' c1
d rm -f c1
