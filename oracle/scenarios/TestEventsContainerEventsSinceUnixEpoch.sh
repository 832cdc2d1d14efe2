# source: integration-cli/docker_cli_events_test.go TestEventsContainerEventsSinceUnixEpoch (the engine is fresh, so everything since the epoch is this scenario's; with the recorder's shared daemon, a filter on the name keeps it to this scenario)
# fixtures: busybox
d run --rm --network none --name since-epoch-test busybox true
T1=$(date +%s.%N)
export T1
sh_d 'engine events --since 1970-01-01T00:00:00.000000000Z --until "$T1" -f container=since-epoch-test --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
