# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesChown
# fixtures: busybox
d run --network none busybox chown 100 /tmp
d run --network none --user 1000:1000 busybox chown 100 /tmp
d run --network none --cap-drop chown busybox chown 100 /tmp
