# source: integration/container/update_linux_test.go TestUpdateMemory (update of a running container's memory and memory+swap limits: inspect and the cgroup v1 files)
# fixtures: busybox
d run -d --name updmem -m 200M busybox top
d exec updmem cat /sys/fs/cgroup/memory/memory.limit_in_bytes
d update --memory 314572800 --memory-swap 524288000 updmem
d inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' updmem
d exec updmem cat /sys/fs/cgroup/memory/memory.limit_in_bytes
d exec updmem cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
d rm -f updmem
