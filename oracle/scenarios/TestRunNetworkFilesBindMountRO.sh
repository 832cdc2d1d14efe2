# source: integration-cli/docker_cli_run_test.go TestRunNetworkFilesBindMountRO
# fixtures: busybox
printf test123 > "$TMP/nwfile"; chmod 0646 "$TMP/nwfile"
d run --network none -v "$TMP/nwfile:/etc/resolv.conf:ro" busybox touch /etc/resolv.conf
d run --network none -v "$TMP/nwfile:/etc/hosts:ro" busybox touch /etc/hosts
d run --network none -v "$TMP/nwfile:/etc/hostname:ro" busybox touch /etc/hostname
