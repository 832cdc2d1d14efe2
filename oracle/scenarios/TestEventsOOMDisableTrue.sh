# source: integration-cli/docker_cli_events_unix_test.go TestEventsOOMDisableTrue (an oom event while the container, not killed, keeps running)
# fixtures: busybox
sleep 1.1
T0=$(date +%s)
export T0
d run -d --oom-kill-disable=true --name oomTrue -m 10MB busybox sh -c 'x=a; while true; do x=$x$x$x$x; done'
sh_d 'for i in $(seq 1 60); do n=$(engine events --since $T0 --until $(date +%s) -f container=oomTrue -f event=oom --format "{{.Type}} {{.Action}}" | head -1); [ -n "$n" ] && break; sleep 0.5; done; echo "$n"'
d inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.HostConfig.OomKillDisable}} {{.HostConfig.Memory}}' oomTrue
d kill oomTrue
d inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}}' oomTrue
d rm -f oomTrue
