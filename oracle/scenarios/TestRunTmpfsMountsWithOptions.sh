# source: integration-cli/docker_cli_run_unix_test.go TestRunTmpfsMountsWithOptions
# fixtures: busybox
d run --network none --tmpfs /tmp busybox sh -c "mount | grep 'tmpfs on /tmp'"
d run --network none --tmpfs /tmp:rw busybox sh -c "mount | grep 'tmpfs on /tmp'"
d run --network none --tmpfs /tmp:rw,exec,size=8192k busybox sh -c "mount | grep 'tmpfs on /tmp'"
d run --network none --tmpfs /tmp:rw,size=8192k,exec,size=4096k,noexec busybox sh -c "mount | grep 'tmpfs on /tmp'"
