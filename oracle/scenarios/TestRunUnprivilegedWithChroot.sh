# source: integration-cli/docker_cli_run_test.go TestRunUnprivilegedWithChroot
# fixtures: busybox
d run --network none busybox chroot / true
d run --network none busybox chroot / echo chrooted
