# source: integration-cli/docker_cli_run_test.go TestRunModeHostname (the host's name compared in the shell)
# fixtures: busybox
d run --rm --network none -h=testhostname busybox cat /etc/hostname
sh_d '[ "$(engine run --rm --net=host busybox cat /etc/hostname)" = "$(hostname)" ] && echo same || echo different'
