# source: integration-cli/docker_cli_run_test.go TestRunRestartMaxRetries
# fixtures: busybox
T0=$(date +%s)
ID=$(q run -d --network none --restart=on-failure:3 busybox false)
sh_d 'for i in $(seq 1 150); do [ "$(engine inspect --format "{{.State.Restarting}} {{.State.Running}}" '"$ID"')" = "false false" ] && break; sleep 0.2; done; engine inspect --format "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.State.ExitCode}}" '"$ID"
sleep 1
T1=$(date +%s)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f type=container --format "{{.Type}} {{.Action}} {{.Actor.Attributes.exitCode}}"'
