# source: integration/container/health_test.go TestHealthKillContainer (moby v20.10.24)
# fixtures: busybox
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
d run -d --network none --name flip --health-interval 1s --health-retries 5 --health-cmd '[ "$(cat /health)" = "1" ]' busybox sh -c 'HEALTH=1; echo $HEALTH > /health; doHealth() { if [ "$HEALTH" = 1 ]; then HEALTH=0; else HEALTH=1; fi; echo $HEALTH > /health; }; trap doHealth USR1; while true; do sleep 1; done'
sh_d 'waithealth flip healthy'
d kill -s SIGUSR1 flip
sh_d 'waithealth flip unhealthy'
d kill -s SIGUSR1 flip
sh_d 'waithealth flip healthy'
d inspect -f '{{.State.Status}}' flip
d rm -f flip
