# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterHealth (moby v20.10.24)
# fixtures: busybox
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
d run -d --network none --name=none_legacy busybox top
d ps -l --format '{{.Names}}' --filter=health=none
d run -d --network none --name=none --no-healthcheck busybox top
d ps -l --format '{{.Names}}' --filter=health=none
d run -d --network none --name=failing_container '--health-cmd=exit 1' --health-interval=1s busybox top
sh_d 'waithealth failing_container unhealthy'
d ps --format '{{.Names}}' --filter=health=unhealthy
d run -d --network none --name=passing_container '--health-cmd=exit 0' --health-interval=1s busybox top
sh_d 'waithealth passing_container healthy'
d ps --format '{{.Names}}' --filter=health=healthy
d ps --format '{{.Names}}' --filter=health=starting
dsort ps --format '{{.Names}}' --filter=health=none
d ps --format '{{.Names}}' --filter=health=nosuch
dsort ps --format '{{.Names}} {{.Status}}'
d rm -f none_legacy none failing_container passing_container
