# source: integration-cli/docker_cli_run_test.go TestRunReadProcLatency
# fixtures: busybox
d run --network none busybox cat /proc/latency_stats
