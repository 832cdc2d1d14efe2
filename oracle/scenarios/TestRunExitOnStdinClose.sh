# source: integration-cli/docker_cli_run_test.go TestRunExitOnStdinClose
# fixtures: busybox
sh_d 'echo hello | engine run --network none --name testrunexitonstdinclose -i busybox /bin/cat'
d inspect --format '{{.State.Running}} {{.State.ExitCode}}' testrunexitonstdinclose
