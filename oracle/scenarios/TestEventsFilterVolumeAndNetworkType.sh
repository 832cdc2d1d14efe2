# source: integration-cli/docker_cli_events_unix_test.go TestEventsFilterVolumeAndNetworkType (a container on the none network instead of a custom network)
# fixtures: busybox
T0=$(date +%s.%N)
d volume create test-event-volume-type
d run --network none --name test-event-network-type -v test-event-volume-type:/v busybox true
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --filter type=volume --filter type=network --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}}"'
sh_d 'engine events --filter type=network --filter event=connect --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}}"'
