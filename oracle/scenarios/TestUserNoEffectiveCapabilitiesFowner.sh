# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesFowner
# fixtures: busybox
d run --network none busybox chmod 777 /etc/passwd
d run --network none --user 1000:1000 busybox chmod 777 /etc/passwd
