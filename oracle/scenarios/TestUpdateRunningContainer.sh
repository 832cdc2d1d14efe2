# source: integration-cli/docker_cli_update_unix_test.go TestUpdateRunningContainer (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container -m 300M busybox top
d update -m 500M test-update-container
d inspect -f '{{.HostConfig.Memory}}' test-update-container
d exec test-update-container cat /sys/fs/cgroup/memory/memory.limit_in_bytes
d rm -f test-update-container
