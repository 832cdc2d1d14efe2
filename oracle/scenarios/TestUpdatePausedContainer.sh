# source: integration-cli/docker_cli_update_unix_test.go TestUpdatePausedContainer (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container --cpu-shares 1000 busybox top
d pause test-update-container
d update --cpu-shares 500 test-update-container
d inspect -f '{{.HostConfig.CpuShares}}' test-update-container
d unpause test-update-container
d exec test-update-container cat /sys/fs/cgroup/cpu/cpu.shares
d rm -f test-update-container
