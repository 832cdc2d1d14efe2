# source: integration-cli/docker_cli_run_test.go TestRunCapDropCannotMknodLowerCase
# fixtures: busybox
d run --network none --cap-drop=mknod busybox sh -c "mknod /tmp/sda b 8 0 && echo ok"
