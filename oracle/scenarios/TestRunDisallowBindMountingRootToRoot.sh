# source: integration-cli/docker_cli_run_test.go TestRunDisallowBindMountingRootToRoot
# fixtures: busybox
d run --network none -v /:/ busybox ls /host
d ps -aq
