# source: integration-cli/docker_cli_logs_test.go TestLogsFollowStopped
# fixtures: busybox
d run --network none --name=test busybox echo hello
d logs -f test
