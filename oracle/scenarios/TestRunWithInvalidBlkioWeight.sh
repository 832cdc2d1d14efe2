# source: integration-cli/docker_cli_run_unix_test.go TestRunWithInvalidBlkioWeight
# fixtures: busybox
d run --network none --blkio-weight 5 busybox true
