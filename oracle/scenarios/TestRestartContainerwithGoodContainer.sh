# source: integration-cli/docker_cli_restart_test.go TestRestartContainerwithGoodContainer
# fixtures: busybox
ID=$(q run -d --network none --restart=on-failure:3 busybox true)
sh_d 'for i in $(seq 1 150); do [ "$(engine inspect --format "{{.State.Restarting}} {{.State.Running}}" '"$ID"')" = "false false" ] && break; sleep 0.2; done; engine inspect --format "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.State.ExitCode}}" '"$ID"
