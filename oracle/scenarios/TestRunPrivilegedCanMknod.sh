# source: integration-cli/docker_cli_run_test.go TestRunPrivilegedCanMknod
# fixtures: busybox
d run --network none --privileged busybox sh -c 'mknod /tmp/sda b 8 0 && echo ok'
