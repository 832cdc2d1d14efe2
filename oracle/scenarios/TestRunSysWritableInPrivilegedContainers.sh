# source: integration-cli/docker_cli_run_test.go TestRunSysWritableInPrivilegedContainers
# fixtures: busybox
d run --network none --privileged busybox touch /sys/kernel/profiling
