# source: integration-cli/docker_cli_start_test.go TestStartReturnCorrectExitCode (the --restart=on-failure container left out: restart policies are not ported)
# fixtures: busybox
d create --network none --rm --name withRm busybox sh -c 'exit 12'
d start -a withRm
d create --network none --name plain busybox sh -c 'exit 11'
d start -a plain
