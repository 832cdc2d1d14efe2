# source: integration-cli/docker_cli_events_unix_test.go TestEventsFilterNetworkID (the predefined none network: no custom networks here)
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name net-events-test busybox true
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --filter network=none --since "$T0" --until "$T1"'
sh_d 'engine events --filter type=network --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}"'
sh_d 'engine events --filter network=$(engine network inspect -f "{{.Id}}" none) --since "$T0" --until "$T1" --format "{{.Action}} {{.Scope}} {{.Status}}|{{.ID}}|{{.From}}"'
sh_d 'engine events --filter container=net-events-test --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}}"'
d inspect --format '{{.NetworkSettings.Networks.none.NetworkID}}|{{.NetworkSettings.Networks.none.EndpointID}}|{{.HostConfig.NetworkMode}}' net-events-test
d network inspect --format '{{.Id}} {{.Containers}}' none
