# source: integration-cli/docker_cli_run_unix_test.go TestRunWithInvalidPathforBlkioWeightDevice
# fixtures: busybox
d run --network none --blkio-weight-device /dev/sdX:100 busybox true
d ps -a --format '{{.Status}}'
