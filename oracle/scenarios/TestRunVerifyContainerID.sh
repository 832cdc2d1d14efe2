# source: integration-cli/docker_cli_run_test.go TestRunVerifyContainerID
# fixtures: busybox
sh_d 'engine run -d --network none busybox true | grep -cE "^[0-9a-f]{64}$"'
