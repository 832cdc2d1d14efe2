# source: integration-cli/docker_cli_events_test.go TestEventsTop
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name c1 busybox top
q top c1 >/dev/null
d stop c1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" -f container=c1 --until="$T1"'
