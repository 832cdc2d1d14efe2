# source: integration-cli/docker_cli_run_unix_test.go TestRunWithInvalidPathforBlkioDeviceWriteIOps
# fixtures: busybox
d run --network none --device-write-iops /dev/sdX:100 busybox true
d ps -a --format '{{.Status}}'
