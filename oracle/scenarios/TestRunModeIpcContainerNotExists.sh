# source: integration-cli/docker_cli_run_test.go TestRunModeIpcContainerNotExists
# fixtures: busybox
d run -d --network none --ipc container:abcd1234 busybox top
d ps -a
