# source: integration-cli/docker_cli_run_test.go TestRunUnprivilegedCannotMount
# fixtures: busybox
d run --network none busybox sh -c "mount -t tmpfs none /tmp && echo ok"
