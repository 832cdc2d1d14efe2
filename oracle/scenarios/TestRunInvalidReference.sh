# source: integration-cli/docker_cli_run_test.go TestRunInvalidReference
# fixtures: busybox
d run --network none busybox@foo
d run --network none BusyBox
d run --network none busybox:
