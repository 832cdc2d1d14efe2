# source: integration-cli/docker_cli_events_test.go TestEventsSinceInTheFuture (fixed times far in the future, so the message is the same in every run)
# fixtures: busybox
d run --network none --name test-container -d busybox true
d events --filter image=busybox --since 4000000000 --until 3999913600
