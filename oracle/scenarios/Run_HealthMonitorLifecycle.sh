# source: moby daemon/health.go, container/health.go (v20.10.24): a pause or a stop closes the monitor (unhealthy), a start opens it again (starting), health_status events on changes only
# fixtures: busybox
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
date +%s > $TMP/since
d run -d --network none --name hc --health-cmd 'echo probe; exit 0' --health-interval 1s busybox top
sh_d 'waithealth hc healthy'
d pause hc
d inspect -f '{{.State.Status}} {{.State.Health.Status}}' hc
d ps --format '{{.Names}} {{.Status}}'
d unpause hc
sh_d 'waithealth hc healthy'
d ps --format '{{.Names}} {{.Status}}'
d stop -t 1 hc
d inspect -f '{{.State.Status}} {{.State.Health.Status}} {{.State.Health.FailingStreak}} {{with index .State.Health.Log 0}}{{.ExitCode}} {{json .Output}}{{end}}' hc
d ps -a --filter health=unhealthy --format '{{.Names}}'
d start hc
sh_d 'waithealth hc healthy'
d kill hc
d inspect -f '{{.State.Status}} {{.State.Health.Status}}' hc
sh_d "engine events --since \$(cat $TMP/since) --until \$((\$(date +%s)+1)) --filter event=health_status --format '{{.Action}} {{.Actor.Attributes.name}}'"
d rm hc
