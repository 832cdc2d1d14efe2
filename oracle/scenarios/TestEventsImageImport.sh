# source: integration-cli/docker_cli_events_test.go TestEventsImageImport
# fixtures: busybox
d run -d --network none --name c1 busybox true
d wait c1
T0=$(date +%s.%N)
sh_d 'engine export c1 | engine import -'
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter event=import'
