# source: integration-cli/docker_cli_run_test.go TestRunContainerWithReadonlyRootfsWithDNSFlag
# fixtures: busybox
d run --network none --read-only --dns 1.1.1.1 busybox /bin/cat /etc/resolv.conf
