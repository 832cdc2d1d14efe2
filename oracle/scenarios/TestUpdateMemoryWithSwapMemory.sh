# source: integration-cli/docker_cli_update_unix_test.go TestUpdateMemoryWithSwapMemory (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container --memory 300M busybox top
d inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' test-update-container
d update --memory 800M test-update-container
d update --memory 800M --memory-swap 1000M test-update-container
d inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' test-update-container
d exec test-update-container sh -c 'cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes'
d rm -f test-update-container
