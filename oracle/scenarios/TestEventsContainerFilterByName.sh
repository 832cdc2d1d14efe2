# source: integration-cli/docker_cli_events_unix_test.go TestEventsContainerFilterByName
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name=foo -d busybox top
d run --network none --name=bar -d busybox top
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events -f container=foo --since="$T0" --until "$T1"'
d rm -f foo bar
