# source: integration-cli/docker_cli_run_unix_test.go TestRunSysctls
# fixtures: busybox
d run --network none --sysctl net.ipv4.ip_forward=1 --name test busybox cat /proc/sys/net/ipv4/ip_forward
d inspect -f '{{json .HostConfig.Sysctls}}' test
d run --network none --sysctl kernel.foobar=1 --name test2 busybox cat /proc/sys/kernel/foobar
