# source: integration-cli/docker_cli_run_test.go TestRunAddingOptionalDevicesNoSrc
# fixtures: busybox
d run --network none --device /dev/zero:rw busybox sh -c 'ls /dev/zero'
d create --network none --name c1 --device /dev/zero:rw --device /dev/null:/dev/nul:r busybox
d inspect -f '{{json .HostConfig.Devices}}' c1
