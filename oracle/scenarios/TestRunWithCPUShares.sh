# source: integration-cli/docker_cli_run_unix_test.go TestRunWithCPUShares
# fixtures: busybox
d run --network none --cpu-shares 1000 --name test busybox cat /sys/fs/cgroup/cpu/cpu.shares
d inspect --format '{{.HostConfig.CPUShares}}' test
