# source: integration-cli/docker_cli_run_unix_test.go TestRunWithBlkioWeight
# fixtures: busybox
d run --network none --blkio-weight 300 --name test busybox cat /sys/fs/cgroup/blkio/blkio.weight
d inspect -f '{{.HostConfig.BlkioWeight}}' test
