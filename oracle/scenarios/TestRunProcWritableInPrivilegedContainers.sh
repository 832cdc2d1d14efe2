# source: integration-cli/docker_cli_run_test.go TestRunProcWritableInPrivilegedContainers
# fixtures: busybox
d run --network none --privileged busybox sh -c 'touch /proc/sysrq-trigger'
