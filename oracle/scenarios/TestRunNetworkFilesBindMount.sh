# source: integration-cli/docker_cli_run_test.go TestRunNetworkFilesBindMount
# fixtures: busybox
printf test123 > "$TMP/nwfile"; chmod 0646 "$TMP/nwfile"
d run --network none -v "$TMP/nwfile:/etc/resolv.conf" busybox cat /etc/resolv.conf
d run --network none -v "$TMP/nwfile:/etc/hosts" busybox cat /etc/hosts
d run --network none -v "$TMP/nwfile:/etc/hostname" busybox cat /etc/hostname
