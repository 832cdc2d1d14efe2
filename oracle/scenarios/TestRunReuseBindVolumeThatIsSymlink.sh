# source: integration-cli/docker_cli_run_test.go TestRunReuseBindVolumeThatIsSymlink
# fixtures: busybox
mkdir -p "$TMP/testlink"
: > "$TMP/testlink/file"
ln -s "$TMP/testlink" "$TMP/testlink2"
d run --network none -v "$TMP/testlink2:/tmp/test" busybox ls /tmp/test
d run --network none -v "$TMP/testlink2:/tmp/test" busybox ls /tmp/test
