# source: integration-cli/docker_cli_run_unix_test.go TestRunWithCpusetMems
# fixtures: busybox
d run --network none --cpuset-mems 0 --name test busybox cat /sys/fs/cgroup/cpuset/cpuset.mems
d inspect --format '{{.HostConfig.CpusetMems}}' test
