# source: integration-cli/docker_cli_events_test.go TestEventsRename
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name oldName busybox true
d rename oldName newName
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" -f container=newName --until "$T1"'
