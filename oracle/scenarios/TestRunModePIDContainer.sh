# source: integration-cli/docker_cli_run_test.go TestRunModePIDContainer (the namespaces compared in the shell)
# fixtures: busybox
d run -d --network none --name parent busybox sh -c top
d inspect --format '{{.State.Running}}' parent
sh_d 'P=$(engine inspect --format "{{.State.Pid}}" parent); [ "$(engine run --rm --network none --pid=container:parent busybox readlink /proc/self/ns/pid)" = "$(readlink /proc/$P/ns/pid)" ] && echo same || echo different'
d rm -f parent
