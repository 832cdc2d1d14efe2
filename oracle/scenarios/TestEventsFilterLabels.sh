# source: integration-cli/docker_cli_events_test.go TestEventsFilterLabels
# fixtures: busybox
T0=$(date +%s.%N)
d create --network none -l io.docker.testing=foo --name c1 busybox
d create --network none --name c2 busybox
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter label=io.docker.testing=foo'
