# source: integration-cli/docker_api_logs_test.go TestLogsAPIUntilFutureFollow (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name untilfuture busybox /bin/sh -c 'for i in $(seq 1 5); do echo log$i; sleep 1; done'
sh_d 'engine logs -f --until "$(($(date +%s)+3))" untilfuture; echo "exit $?"'
d rm -f untilfuture
