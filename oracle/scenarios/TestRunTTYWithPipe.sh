# source: integration-cli/docker_cli_run_test.go TestRunTTYWithPipe
# fixtures: busybox
sh_d 'true | engine run --network none -ti busybox true'
d ps -a
