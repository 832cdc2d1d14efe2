# source: integration-cli/docker_cli_run_unix_test.go TestRunWithDefaultShmSize
# fixtures: busybox
d run --network none --name shm-default busybox sh -c 'mount | grep /dev/shm'
d inspect -f '{{.HostConfig.ShmSize}}' shm-default
