# source: integration-cli/docker_cli_run_unix_test.go TestRunWithMemoryReservation
# fixtures: busybox
d run --network none --memory-reservation 200M --name test busybox cat /sys/fs/cgroup/memory/memory.soft_limit_in_bytes
d inspect --format '{{.HostConfig.MemoryReservation}}' test
