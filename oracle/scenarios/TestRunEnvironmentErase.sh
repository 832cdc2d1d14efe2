# source: integration-cli/docker_cli_run_test.go TestRunEnvironmentErase
# fixtures: busybox
sh_d 'unset FOO HOSTNAME; engine run --network none -e FOO -e HOSTNAME busybox env | sort'
