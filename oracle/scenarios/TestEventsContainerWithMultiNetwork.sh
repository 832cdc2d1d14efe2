# source: integration-cli/docker_cli_events_unix_test.go TestEventsContainerWithMultiNetwork
# fixtures: busybox
# daemon: fresh
d network create test-event-network-local-1
d network create test-event-network-local-2
d run --name test-network-container --net test-event-network-local-1 -td busybox sh
d network connect test-event-network-local-2 test-network-container
d stop -t 1 test-network-container
sh_dsort 'sleep 1.2; engine events --since 0 --until "$(date +%s)" -f type=network --format "{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}"'
d network disconnect test-event-network-local-2 test-network-container
d start test-network-container
d network disconnect test-event-network-local-1 test-network-container
d network disconnect test-event-network-local-1 test-network-container
sh_dsort 'sleep 1.2; engine events --since 0 --until "$(date +%s)" -f type=network --format "{{.Action}} {{.Actor.Attributes.name}}"'
d rm -f test-network-container
d network rm test-event-network-local-1 test-event-network-local-2
