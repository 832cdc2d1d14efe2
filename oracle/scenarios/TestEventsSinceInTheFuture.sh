# source: integration-cli/docker_cli_events_test.go TestEventsSinceInTheFuture
# fixtures: busybox
d run --network none --name test-container -d busybox true
sh_d 'engine events --filter image=busybox --since "$(date +%s)" --until "$(( $(date +%s) - 86400 ))"'
