# source: integration-cli/docker_cli_run_test.go TestRunThatCharacterDevicesActLikeCharacterDevices
# fixtures: busybox
d run --network none busybox sh -c 'dd if=/dev/zero of=/zero bs=1k count=5 2> /dev/null ; wc -c < /zero'
