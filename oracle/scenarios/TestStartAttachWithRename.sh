# source: integration-cli/docker_cli_start_test.go TestStartAttachWithRename
# fixtures: busybox
d create -t --network none --name before busybox
sh_d 'engine start -a before > /dev/null & pid=$!; for i in $(seq 100); do [ "$(engine inspect -f "{{.State.Running}}" before)" = true ] && break; sleep 0.1; done; engine rename before after; engine stop --time=2 after; wait $pid; echo "start -a exit $?"'
d ps -a --format '{{.Names}} {{.Status}}'
