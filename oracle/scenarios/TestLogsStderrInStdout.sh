# source: integration-cli/docker_cli_logs_test.go TestLogsStderrInStdout
# fixtures: busybox
d run -d -t --network none --name c1 busybox sh -c 'echo stderr_log 1>&2'
d wait c1
d logs c1
