# source: integration-cli/docker_cli_run_test.go TestRunModePIDHost (the namespaces compared in the shell)
# fixtures: busybox
sh_d '[ "$(engine run --rm --network none --pid=host busybox readlink /proc/self/ns/pid)" = "$(readlink /proc/1/ns/pid)" ] && echo same || echo different'
sh_d '[ "$(engine run --rm --network none busybox readlink /proc/self/ns/pid)" = "$(readlink /proc/1/ns/pid)" ] && echo same || echo different'
d create --network none --pid=host --name c1 busybox
d inspect --format '{{.HostConfig.PidMode}}' c1
