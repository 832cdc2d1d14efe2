# source: integration-cli/docker_cli_run_unix_test.go TestRunEchoStdoutWithCPUSharesAndMemoryLimit
# fixtures: busybox
d run --network none --cpu-shares 1000 -m 32m busybox echo test
