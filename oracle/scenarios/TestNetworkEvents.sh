# source: integration-cli/docker_cli_events_unix_test.go TestNetworkEvents
# fixtures: busybox
# daemon: fresh
T0=$(date +%s.%N)
d network create test-event-network-local
d run --name test-network-container --net test-event-network-local -d busybox true
d wait test-network-container
d rm -f test-network-container
d network rm test-event-network-local
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter network=test-event-network-local --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}"'
sh_d 'engine events --since "$T0" --until "$T1" --filter type=network'
