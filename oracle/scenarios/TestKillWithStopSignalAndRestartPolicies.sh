# source: integration/container/kill_test.go TestKillWithStopSignalAndRestartPolicies (moby v20.10.24)
# fixtures: busybox
# waitstatus NAME STATUS: polls the container's status (at most ~30 s), prints the last one seen
waitstatus() { local s; for i in $(seq 150); do s=$(engine inspect -f '{{.State.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waitstatus
d run -d --network none --name same --restart always --stop-signal TERM busybox top
d run -d --network none --name different --restart always --stop-signal CONT busybox top
d kill -s TERM same
d kill -s TERM different
sh_d 'waitstatus same exited'
sh_d 'waitstatus different running'
sh_d 'sleep 1; waitstatus different running'
d inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}' same
d inspect -f '{{.State.Status}} {{.RestartCount}}' different
d rm -f same different
