# source: integration-cli/docker_cli_events_test.go TestEventsContainerEvents
# fixtures: busybox
T0=$(date +%s.%N)
d run --rm --network none --name container-events-test busybox true
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1"'
