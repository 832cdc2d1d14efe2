# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesChroot
# fixtures: busybox
d run --network none busybox chroot / /bin/true
d run --network none --user 1000:1000 busybox chroot / /bin/true
d run --network none --cap-drop sys_chroot busybox chroot / /bin/true
