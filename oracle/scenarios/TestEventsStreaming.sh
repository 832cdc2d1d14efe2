# source: integration-cli/docker_cli_events_unix_test.go TestEventsStreaming (a follower sees create, start, die and destroy as they happen)
# fixtures: busybox
sh_d 'engine events --format "{{.Type}} {{.Action}}" > $TMP/events 2>&1 & echo $! > $TMP/events.pid; sleep 1; echo started'
sh_d 'engine run -d busybox:latest true > $TMP/id; for i in $(seq 1 30); do grep -q "container die" $TMP/events && break; sleep 0.5; done; cat $TMP/events'
sh_d 'engine rm $(cat $TMP/id) >/dev/null; for i in $(seq 1 30); do grep -q "container destroy" $TMP/events && break; sleep 0.5; done; kill $(cat $TMP/events.pid); cat $TMP/events'
