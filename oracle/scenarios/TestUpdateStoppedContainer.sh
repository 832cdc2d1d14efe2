# source: integration-cli/docker_cli_update_unix_test.go TestUpdateStoppedContainer (moby v20.10.24)
# fixtures: busybox
d run --network none --name test-update-container -m 300M busybox cat /sys/fs/cgroup/memory/memory.limit_in_bytes
d update -m 500M test-update-container
d inspect -f '{{.HostConfig.Memory}}' test-update-container
d start -a test-update-container
