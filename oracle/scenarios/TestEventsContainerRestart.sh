# source: integration-cli/docker_cli_events_test.go TestEventsContainerRestart
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name=testEvent --restart=on-failure:3 busybox false
sh_d 'for i in $(seq 300); do [ "$(engine inspect -f "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}}" testEvent)" = "false false 3" ] && break; sleep 0.1; done; engine inspect -f "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}} {{.State.ExitCode}}" testEvent'
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f container=testEvent'
