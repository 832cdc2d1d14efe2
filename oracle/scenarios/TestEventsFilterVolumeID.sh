# source: integration-cli/docker_cli_events_unix_test.go TestEventsFilterVolumeID
# fixtures: none
T0=$(date +%s.%N)
d volume create test-event-volume-id
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --filter volume=test-event-volume-id --since "$T0" --until "$T1"'
sh_d 'engine events --filter type=volume --since "$T0" --until "$T1"'
