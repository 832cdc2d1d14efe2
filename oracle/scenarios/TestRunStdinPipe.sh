# source: integration-cli/docker_cli_run_test.go TestRunStdinPipe
# fixtures: busybox
sh_d 'printf blahblah | engine run -i -a stdin --network none --name c1 busybox cat'
d wait c1
d logs c1
d rm c1
