# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesMknod
# fixtures: busybox
d run --network none busybox mknod /tmp/node b 1 2
d run --network none --user 1000:1000 busybox mknod /tmp/node b 1 2
d run --network none --cap-drop mknod busybox mknod /tmp/node b 1 2
