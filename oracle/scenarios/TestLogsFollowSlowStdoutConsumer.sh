# source: integration-cli/docker_cli_logs_test.go TestLogsFollowSlowStdoutConsumer
# fixtures: busybox
d run -d --name c1 busybox /bin/sh -c 'usleep 600000; yes X | head -c 150000'
sh_d 'engine logs -f c1 | { sleep 2; wc -c; }'
d wait c1
d rm c1
