# source: integration-cli/docker_cli_run_test.go TestRunStdinBlockedAfterContainerExit (stdin stays open: a pipe from a sleeping writer)
# fixtures: busybox
sh_d 'sleep 5 | engine run -i --network none --name=test busybox true; echo exit $?'
