# source: integration-cli/docker_cli_run_unix_test.go TestRunWithoutMemoryswapLimit
# fixtures: busybox
d run --network none -m 32m --memory-swap -1 busybox true
