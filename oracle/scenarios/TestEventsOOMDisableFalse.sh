# source: integration-cli/docker_cli_events_unix_test.go TestEventsOOMDisableFalse
# (plus State.OOMKilled in inspect and a detached run)
# fixtures: busybox
sleep 1.1
T0=$(date +%s)
export T0
d run --name oomFalse --network none -m 10MB busybox sh -c 'x=a; while true; do x=$x$x$x$x; done'
d inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}} {{.State.Error}}' oomFalse
sleep 1.1
sh_d 'engine events --since $T0 --until $(date +%s) -f container=oomFalse --format "{{.Action}} {{.Actor.Attributes.exitCode}}"'
d run -d --name oom2 --network none -m 10MB busybox sh -c 'x=a; while true; do x=$x$x$x$x; done'
d wait oom2
d inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}}' oom2
d ps -a --format '{{.Names}} {{.Status}}'
d start -a oom2
d inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}}' oom2
d run --name fine --network none -m 10MB busybox true
d inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}}' fine
