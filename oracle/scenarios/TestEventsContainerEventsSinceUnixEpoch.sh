# source: integration-cli/docker_cli_events_test.go TestEventsContainerEventsSinceUnixEpoch (filtered on the container's ID: a long-lived daemon keeps older events of the same name)
# fixtures: busybox
ID=$(q run -d --network none --name since-epoch-test busybox true)
d wait since-epoch-test
d rm since-epoch-test
T1=$(date +%s.%N)
export T1 ID
sh_d 'engine events --since 1970-01-01T00:00:00.000000000Z --until "$T1" -f container=$ID --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
