# source: integration-cli/docker_cli_events_test.go TestEventsFilterImageName
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name container_1 -d busybox:latest true
d run --network none --name container_2 -d busybox true
d wait container_1 container_2
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter image=busybox'
