# source: integration-cli/docker_cli_run_test.go TestRunNetHost
# fixtures: busybox
sh_d '[ "$(engine run --net=host busybox readlink /proc/self/ns/net)" = "$(readlink /proc/self/ns/net)" ] && echo same network namespace as the host'
sh_d '[ "$(engine run --net=none busybox readlink /proc/self/ns/net)" != "$(readlink /proc/self/ns/net)" ] && echo own network namespace'
