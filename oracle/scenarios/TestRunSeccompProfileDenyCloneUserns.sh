# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompProfileDenyCloneUserns
# fixtures: busybox
note "busybox's unshare --user stands for the syscall-test image's userns-test (a new user namespace)"
d run --network none busybox unshare --user id
