# source: integration-cli/docker_cli_run_unix_test.go TestRunWithMemoryLimit
# fixtures: busybox
d run --network none -m 32M --name test busybox cat /sys/fs/cgroup/memory/memory.limit_in_bytes
d inspect --format '{{.HostConfig.Memory}}' test
