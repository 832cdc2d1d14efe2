# source: integration-cli/docker_cli_events_test.go TestEventsFormat
# fixtures: busybox
T0=$(date +%s.%N)
d run --rm --network none --name r1 busybox true
d run --rm --network none --name r2 busybox true
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --format "{{json .}}" | sed -E "s/,\"time\":[0-9]+,\"timeNano\":[0-9]+//"'
