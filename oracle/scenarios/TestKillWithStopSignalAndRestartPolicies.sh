# source: integration/container/kill_test.go TestKillWithStopSignalAndRestartPolicies (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name same --restart always --stop-signal TERM busybox top
d run -d --network none --name different --restart always --stop-signal CONT busybox top
d kill -s TERM same
d kill -s TERM different
sleep 2
d inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}' same
d inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}' different
d rm -f same different
