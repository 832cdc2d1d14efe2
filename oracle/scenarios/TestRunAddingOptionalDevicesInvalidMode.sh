# source: integration-cli/docker_cli_run_test.go TestRunAddingOptionalDevicesInvalidMode
# fixtures: busybox
d run --network none --device /dev/zero:ro busybox sh -c 'ls /dev/zero'
d run --network none --device /dev/zero:/dev/z:rx busybox true
d run --network none --device /dev/zero:/dev/z:rww busybox true
d run --network none --device /dev/zero:dev/z busybox true
d run --network none --device /dev/zero:/dev/z:rw:m busybox true
d run --network none --device :/dev/z busybox true
d run --network none --device dev/zero busybox true
d ps -a --format '{{.Status}}'
