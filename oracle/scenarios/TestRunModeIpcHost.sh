# source: integration-cli/docker_cli_run_test.go TestRunModeIpcHost (the namespaces compared in the shell)
# fixtures: busybox
sh_d '[ "$(engine run --rm --network none --ipc=host busybox readlink /proc/self/ns/ipc)" = "$(readlink /proc/1/ns/ipc)" ] && echo same || echo different'
sh_d '[ "$(engine run --rm --network none busybox readlink /proc/self/ns/ipc)" = "$(readlink /proc/1/ns/ipc)" ] && echo same || echo different'
d create --network none --ipc=host --name c1 busybox
d inspect --format '{{.HostConfig.IpcMode}}' c1
