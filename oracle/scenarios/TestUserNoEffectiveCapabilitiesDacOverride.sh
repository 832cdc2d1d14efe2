# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesDacOverride
# fixtures: busybox
d run --network none busybox sh -c 'echo test > /etc/passwd'
d run --network none --user 1000:1000 busybox sh -c 'echo test > /etc/passwd'
