# source: integration-cli/docker_cli_events_unix_test.go TestVolumeEvents (made deterministic: wait before rm -f)
# fixtures: busybox
T0=$(date +%s.%N)
d volume create test-event-volume-local
d run --network none --name test-volume-container --volume test-event-volume-local:/foo -d busybox true
d wait test-volume-container
d rm -f test-volume-container
d volume rm test-event-volume-local
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter type=volume'
sh_d 'engine events --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
