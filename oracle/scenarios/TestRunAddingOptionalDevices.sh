# source: integration-cli/docker_cli_run_test.go TestRunAddingOptionalDevices
# fixtures: busybox
d run --network none --device /dev/zero:/dev/nulo busybox sh -c 'ls /dev/nulo'
d run --network none --device /dev/zero:/dev/nulo busybox sh -c "ls -l /dev/nulo | awk '{print \$1, \$3, \$4, \$5, \$6, \$10}'; head -c 5 /dev/nulo | wc -c"
d run --network none --device /dev/zero:/dev/deep/er/nulo busybox sh -c 'ls /dev/deep/er'
d create --network none --name c1 --device /dev/zero:/dev/nulo --device /dev/null busybox
d inspect -f '{{json .HostConfig.Devices}}' c1
