# source: integration-cli/docker_cli_events_test.go TestEventsFilterContainer
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name container_1 busybox true
d run --network none --name container_2 busybox true
T1=$(date +%s.%N)
ID1=$(q inspect -f '{{.Id}}' container_1)
export T0 T1 ID1
sh_d 'engine events --since "$T0" --until "$T1" --filter container=container_1'
sh_d 'engine events --since "$T0" --until "$T1" --filter container=container_2'
sh_d 'engine events --since "$T0" --until "$T1" --filter container=$ID1'
