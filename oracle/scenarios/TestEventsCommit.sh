# source: integration-cli/docker_cli_events_test.go TestEventsCommit
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name ctr-one busybox top
q commit -m test ctr-one >/dev/null
d stop ctr-one
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" -f container=ctr-one --until="$T1"'
