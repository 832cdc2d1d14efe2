# source: integration-cli/docker_cli_run_test.go TestRunProcNotWritableInNonPrivilegedContainers
# fixtures: busybox
d run --network none busybox touch /proc/sysrq-trigger
