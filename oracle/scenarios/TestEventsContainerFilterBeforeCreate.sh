# source: integration-cli/docker_cli_events_unix_test.go TestEventsContainerFilterBeforeCreate (a follower filtered on a name that does not exist yet sees the container once it is made)
# fixtures: busybox
sleep 1.1
T0=$(date +%s)
export T0
sh_d 'engine events -f container=foo --since=$T0 --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}" > $TMP/events 2>&1 & echo $! > $TMP/events.pid; sleep 1; echo started'
d run --name=foo -d busybox top
sh_d 'for i in $(seq 1 30); do grep -q "container start" $TMP/events && break; sleep 0.5; done; kill $(cat $TMP/events.pid); cat $TMP/events'
d rm -f foo
