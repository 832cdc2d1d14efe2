# source: integration-cli/docker_cli_run_test.go TestRunReadProcTimer
# fixtures: busybox
d run --network none busybox cat /proc/timer_stats
