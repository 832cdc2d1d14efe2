# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesSetuid
# fixtures: busybox
note "busybox's nsenter -S 1 (setuid(1), no namespace entered) stands for the syscall-test image's setuid-test"
d run --network none busybox nsenter -S 1 true
d run --network none --user 1000:1000 busybox nsenter -S 1 true
d run --network none --cap-drop setuid busybox nsenter -S 1 true
