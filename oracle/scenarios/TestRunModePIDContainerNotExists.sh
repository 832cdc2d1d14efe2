# source: integration-cli/docker_cli_run_test.go TestRunModePIDContainerNotExists
# fixtures: busybox
d run -d --network none --pid container:abcd1234 busybox top
d ps -a
