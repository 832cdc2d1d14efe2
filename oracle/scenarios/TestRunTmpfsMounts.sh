# source: integration-cli/docker_cli_run_unix_test.go TestRunTmpfsMounts
# fixtures: busybox
d run --network none --tmpfs /run busybox touch /run/somefile
d run --network none --tmpfs /run:noexec busybox touch /run/somefile
d run --network none --tmpfs /run:noexec,nosuid,rw,size=5k,mode=700 busybox touch /run/somefile
