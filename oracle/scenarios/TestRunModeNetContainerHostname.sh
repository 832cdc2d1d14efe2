# source: integration-cli/docker_cli_run_test.go TestRunModeNetContainerHostname
# fixtures: busybox
q run --network none -i -d --name parent busybox top >/dev/null
sh_d '[ "$(engine exec parent cat /etc/hostname)" = "$(engine run --net=container:parent busybox cat /etc/hostname)" ] && echo same hostname'
d run --net=container:parent busybox sh -c 'ls /sys/class/net'
d rm -f parent
