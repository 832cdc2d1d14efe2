# source: integration-cli/docker_cli_events_unix_test.go TestEventsRedirectStdout
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name c1 busybox true
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since="$T0" --until="$T1" > "$TMP/events.out"; grep -c . "$TMP/events.out"; cut -d" " -f2,3 "$TMP/events.out"'
