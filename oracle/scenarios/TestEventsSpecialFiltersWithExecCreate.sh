# source: integration-cli/docker_cli_events_test.go TestEventsSpecialFiltersWithExecCreate
# fixtures: busybox
T0=$(date +%s.%N)
d run --network none --name test-container -d busybox top
d exec test-container echo hello-world
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter "event='\''exec_create: echo hello-world'\''"'
sh_d 'engine events --since "$T0" --until "$T1" --filter "event=exec_create: echo hello-world"'
sh_d 'engine events --since "$T0" --until "$T1" --filter event=exec_create --format "{{.Action}}"'
d rm -f test-container
