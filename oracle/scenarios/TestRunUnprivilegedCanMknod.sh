# source: integration-cli/docker_cli_run_test.go TestRunUnprivilegedCanMknod
# fixtures: busybox
d run --network none busybox sh -c "mknod /tmp/sda b 8 0 && echo ok"
