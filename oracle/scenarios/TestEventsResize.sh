# source: integration-cli/docker_cli_events_test.go TestEventsResize
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name c1 busybox top
api POST '/containers/c1/resize?h=80&w=24'
d kill c1
d wait c1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events -f container=c1 --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}} {{.Actor.Attributes.height}} {{.Actor.Attributes.width}}"'
