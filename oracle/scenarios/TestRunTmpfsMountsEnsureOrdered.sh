# source: integration-cli/docker_cli_run_unix_test.go TestRunTmpfsMountsEnsureOrdered
# fixtures: busybox
echo hi > "$TMP/test"
d run --network none --tmpfs /run -v "$TMP/test:/run/test" busybox ls /run
