# source: integration-cli/docker_cli_run_unix_test.go TestRunDeviceSymlink
# fixtures: busybox
note the relative link of the test lives in the scenario directory, not in the host /dev
ln -s /dev/zero "$TMP/zero"
printf temp > "$TMP/temp"
ln -s "$TMP/temp" "$TMP/file"
ln -s zero "$TMP/symzero"
d run --network none --device "$TMP/zero:/dev/symzero" busybox sh -c 'dd if=/dev/symzero bs=4K count=8 2>/dev/null | md5sum'
d run --network none --device "$TMP/file:/dev/symzero" busybox sh -c 'dd if=/dev/symzero bs=4K count=8 2>/dev/null | md5sum'
d run --network none --device "$TMP/symzero:/dev/symzero" busybox sh -c 'dd if=/dev/symzero bs=4K count=8 2>/dev/null | md5sum'
