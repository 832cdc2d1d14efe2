# source: integration-cli/docker_cli_update_unix_test.go TestUpdateInvalidSwapMemory (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container --memory 300M --memory-swap 500M busybox top
sh_d 'engine update --memory-swap 200M test-update-container 2>&1 | sed "s#/memory/[a-z]*/#/memory/PARENT/#"; echo "exit ${PIPESTATUS[0]}"'
d inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' test-update-container
d update --memory-swap 600M test-update-container
d inspect -f '{{.HostConfig.MemorySwap}}' test-update-container
d exec test-update-container cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
d rm -f test-update-container
