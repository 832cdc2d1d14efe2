# source: integration-cli/docker_cli_events_test.go TestEventsUntilInThePast
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name test-container -d busybox true
d wait test-container
T1=$(date +%s.%N)
d run --network none --name test-container2 -d busybox true
d wait test-container2
export T0 T1
sh_d 'engine events --filter image=busybox --since "$T0" --until "$T1"'
