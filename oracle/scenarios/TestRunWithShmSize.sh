# source: integration-cli/docker_cli_run_unix_test.go TestRunWithShmSize
# fixtures: busybox
d run --network none --name shm --shm-size=1G busybox sh -c 'mount | grep /dev/shm'
d inspect -f '{{.HostConfig.ShmSize}}' shm
