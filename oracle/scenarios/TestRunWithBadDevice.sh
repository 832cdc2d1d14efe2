# source: integration-cli/docker_cli_run_test.go TestRunWithBadDevice
# fixtures: busybox
d run --network none --name baddevice --device /etc busybox true
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' baddevice
d run --network none --name nodevice --device /dev/no-such-device-here busybox true
d inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' nodevice
