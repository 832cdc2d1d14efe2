# source: integration-cli/docker_cli_run_test.go TestRunContainerNetwork (the loopback answers a ping; round-trip times left out)
# fixtures: busybox
sh_d 'engine run --name pinger busybox ping -c 1 127.0.0.1 | grep -E "^PING|packets"; echo "exit ${PIPESTATUS[0]}"'
d ps -a --format '{{.Names}} {{.Status}}'
