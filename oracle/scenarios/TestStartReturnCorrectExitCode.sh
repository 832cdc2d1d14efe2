# source: integration-cli/docker_cli_start_test.go TestStartReturnCorrectExitCode
# fixtures: busybox
d create --network none --restart=on-failure:2 --name withRestart busybox sh -c 'exit 11'
d create --network none --rm --name withRm busybox sh -c 'exit 12'
d start -a withRestart
d start -a withRm
d create --network none --name plain busybox sh -c 'exit 11'
d start -a plain
sh_d 'for i in $(seq 1 100); do [ "$(engine inspect --format "{{.State.Restarting}} {{.State.Running}}" withRestart)" = "false false" ] && break; sleep 0.2; done; engine inspect --format "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}} {{.State.ExitCode}}" withRestart'
