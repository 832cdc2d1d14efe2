# source: integration-cli/docker_cli_run_test.go TestRunVolumesMountedAsReadonly
# fixtures: busybox
mkdir -p "$TMP/test"
d run --network none -v "$TMP/test:/test:ro" busybox touch /test/somefile
