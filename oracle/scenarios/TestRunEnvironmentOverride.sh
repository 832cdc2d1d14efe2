# source: integration-cli/docker_cli_run_test.go TestRunEnvironmentOverride
# fixtures: busybox
sh_d 'HOSTNAME=bar engine run --network none -e HOSTNAME -e HOME=/root2 busybox env | sort'
