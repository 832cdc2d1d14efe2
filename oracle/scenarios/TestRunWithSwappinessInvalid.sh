# source: integration-cli/docker_cli_run_unix_test.go TestRunWithSwappinessInvalid
# fixtures: busybox
d run --network none --memory-swappiness 101 busybox true
d run --network none --memory-swappiness -10 busybox true
