# source: integration-cli/docker_cli_run_test.go TestRunInteractiveWithRestartPolicy
# fixtures: busybox
sh_d 'echo "exit 11" | engine run -i --name test-inter-restart --restart=always busybox sh'
d stop test-inter-restart
d inspect -f '{{.State.Running}} {{.HostConfig.RestartPolicy.Name}}' test-inter-restart
d rm -f test-inter-restart
