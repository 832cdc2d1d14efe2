# source: integration-cli/docker_cli_run_unix_test.go TestRunSwapLessThanMemoryLimit
# fixtures: busybox
d run --network none -m 16m --memory-swap 15m busybox echo test
