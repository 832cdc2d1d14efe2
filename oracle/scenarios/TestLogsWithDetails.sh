# source: integration-cli/docker_cli_logs_test.go TestLogsWithDetails
# fixtures: busybox
d run --network none --name=test --label foo=bar -e baz=qux --log-opt labels=foo --log-opt env=baz busybox echo hello
sh_d 'engine logs --details --timestamps test | cut -d" " -f2-'
d logs --details test
d inspect --format '{{json .HostConfig.LogConfig}}' test
