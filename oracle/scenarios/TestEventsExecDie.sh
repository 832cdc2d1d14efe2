# source: integration/system/event_test.go TestEventsExecDie (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name execdie busybox top
date +%s > $TMP/since
d exec execdie echo hello
sh_d "engine events --since \$(cat $TMP/since) --until \$((\$(date +%s)+1)) --filter container=execdie --filter event=exec_die --format '{{.Type}} {{.Action}} {{.Actor.Attributes.exitCode}} {{.Actor.Attributes.name}}'"
d rm -f execdie
