# source: integration-cli/docker_cli_run_unix_test.go TestRunWithSwappiness
# fixtures: busybox
d run --network none --memory-swappiness 0 --name test busybox cat /sys/fs/cgroup/memory/memory.swappiness
d inspect --format '{{.HostConfig.MemorySwappiness}}' test
