# source: integration-cli/docker_cli_run_test.go TestRunNetContainerWhichHost
# fixtures: busybox
d run -d --net=host --name=test busybox top
sh_d 'a=$(readlink /proc/1/ns/net); b=$(engine run --net=container:test busybox readlink /proc/self/ns/net); [ "$a" = "$b" ] && echo "host namespace" || echo "different: $a $b"'
d rm -f test
