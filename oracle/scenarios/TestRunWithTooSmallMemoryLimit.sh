# source: integration-cli/docker_cli_run_test.go TestRunWithTooSmallMemoryLimit
# fixtures: busybox
d create --network none -m 6291455 busybox
