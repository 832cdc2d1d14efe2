# source: integration-cli/docker_cli_run_test.go TestRunContainerWithReadonlyRootfsWithAddHostFlag
# fixtures: busybox
d run --network none --read-only --add-host testreadonly:127.0.0.1 busybox /bin/cat /etc/hosts
