# source: integration-cli/docker_cli_run_unix_test.go TestRunDeviceDirectory
# fixtures: busybox
note this host has no /dev/snd: the directory /dev/net with tun stands in
d run --network none --device /dev/net:/dev/net busybox sh -c 'ls /dev/net/'
d run --network none --device /dev/net:/dev/othernet busybox sh -c "ls -l /dev/othernet/ | awk '{print \$1, \$5, \$6, \$10}'"
