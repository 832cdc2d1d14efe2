# source: integration-cli/docker_cli_run_test.go TestRunBindMounts
# fixtures: busybox
mkdir -p "$TMP/bm"
: > "$TMP/bm/touch-me"
d run --network none -v "$TMP/bm:/tmpx:ro" busybox ls /tmpx
d run --network none -v "$TMP/bm:/tmp:rw" busybox touch /tmp/holla
sh_d 'ls "$TMP/bm"'
d run --network none -v "$TMP/bm:." busybox ls .
d run --network none -v "$TMP/bm/holla:/tmp/holla:rw" busybox sh -c "echo -n 'yotta' > /tmp/holla"
sh_d 'cat "$TMP/bm/holla"'
