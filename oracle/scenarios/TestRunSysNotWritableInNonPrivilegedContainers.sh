# source: integration-cli/docker_cli_run_test.go TestRunSysNotWritableInNonPrivilegedContainers
# fixtures: busybox
d run --network none busybox touch /sys/kernel/profiling
