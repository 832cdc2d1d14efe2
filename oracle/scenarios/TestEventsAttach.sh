# source: integration-cli/docker_cli_events_test.go TestEventsAttach (the attach itself is not ported: berth has no attach command; run -a attaches)
# fixtures: busybox
T0=$(date +%s.%N)
sh_d 'echo hello | engine run -i --network none --name ctr-one busybox cat'
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" -f container=ctr-one --until="$T1"'
