# source: integration-cli/docker_cli_run_test.go TestRunCapDropALLCannotMknod
# fixtures: busybox
d run --network none --cap-drop=ALL --cap-add=SETGID busybox sh -c "mknod /tmp/sda b 8 0 && echo ok"
