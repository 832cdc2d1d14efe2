# source: integration-cli/docker_cli_run_test.go TestRunMountOrdering
# fixtures: busybox
mkdir -p "$TMP/t1/foo" "$TMP/t2"
: > "$TMP/t1/foo/touch-me"; : > "$TMP/t1/touch-me"; : > "$TMP/t2/touch-me"
d run --network none -v "$TMP/t1:/tmp" -v "$TMP/t1/foo:/tmp/foo" -v "$TMP/t2:/tmp/tmp2" -v "$TMP/t1/foo:/tmp/tmp2/foo" busybox sh -c 'ls /tmp/touch-me && ls /tmp/foo/touch-me && ls /tmp/tmp2/touch-me && ls /tmp/tmp2/foo/touch-me'
