# source: integration-cli/docker_cli_run_test.go TestRunCapDropCannotMknod
# fixtures: busybox
d run --network none --cap-drop=MKNOD busybox sh -c "mknod /tmp/sda b 8 0 && echo ok"
