# source: integration-cli/docker_cli_logs_test.go TestLogsContainerSmallerThanPage
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'for i in $(seq 1 32767); do echo -n = >> a.a; done; echo >> a.a; cat a.a'
d wait c1
sh_d 'engine logs c1 | wc -c'
sh_d 'engine logs c1 | md5sum'
