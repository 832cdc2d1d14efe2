# source: integration-cli/docker_cli_pause_test.go TestPause (moby v17.12)
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name testeventpause busybox top
d pause testeventpause
d ps -f status=paused -q -a
d ps -f status=paused --format '{{.Names}} {{.Status}}'
d unpause testeventpause
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --format "{{.Action}} {{.Actor.Attributes.name}}"'
d rm -f testeventpause
