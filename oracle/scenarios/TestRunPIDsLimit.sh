# source: integration-cli/docker_cli_run_unix_test.go TestRunPIDsLimit
# fixtures: busybox
d run --network none --name skittles --pids-limit 4 busybox cat /sys/fs/cgroup/pids/pids.max
d inspect --format '{{.HostConfig.PidsLimit}}' skittles
