# source: integration-cli/docker_api_logs_test.go TestLogsAPIUntilFutureFollow (moby v20.10.24), through the docker CLI
# fixtures: busybox
# three lines at once, a fourth long after the until: follow stops at the until with the first three
d run -d --network none --name untilfuture busybox /bin/sh -c 'echo log1; echo log2; echo log3; sleep 12; echo log4; sleep 100'
sh_d 'engine logs -f --until "$(($(date +%s)+3))" untilfuture; echo "exit $?"'
d rm -f untilfuture
