# source: integration-cli/docker_cli_run_test.go TestContainerNetworkMode
# fixtures: busybox
d run -d --name parent busybox top
sh_d 'pid=$(engine inspect -f "{{.State.Pid}}" parent); a=$(readlink /proc/$pid/ns/net); b=$(engine run --net=container:parent busybox readlink /proc/self/ns/net); [ -n "$a" ] && [ "$a" = "$b" ] && echo same || echo "different: $a $b"'
d rm -f parent
