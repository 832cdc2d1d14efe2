# source: integration-cli/docker_cli_run_unix_test.go TestRunWithInvalidPathforBlkioDeviceWriteBps
# fixtures: busybox
d run --network none --device-write-bps /dev/sdX:100 busybox true
d ps -a --format '{{.Status}}'
