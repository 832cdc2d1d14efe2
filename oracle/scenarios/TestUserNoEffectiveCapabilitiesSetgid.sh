# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesSetgid
# fixtures: busybox
note "busybox's nsenter -G 1 (setgid(1), no namespace entered) stands for the syscall-test image's setgid-test"
d run --network none busybox nsenter -G 1 true
d run --network none --user 1000:1000 busybox nsenter -G 1 true
d run --network none --cap-drop setgid busybox nsenter -G 1 true
