# source: integration-cli/docker_cli_run_unix_test.go TestRunWithCpusetCpus
# fixtures: busybox
d run --network none --cpuset-cpus 0 --name test busybox cat /sys/fs/cgroup/cpuset/cpuset.cpus
d inspect -f '{{.HostConfig.CpusetCpus}}' test
