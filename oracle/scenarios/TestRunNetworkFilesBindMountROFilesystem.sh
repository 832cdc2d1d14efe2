# source: integration-cli/docker_cli_run_test.go TestRunNetworkFilesBindMountROFilesystem
# fixtures: busybox
printf test123 > "$TMP/nwfile"; chmod 0646 "$TMP/nwfile"
d run --network none -v "$TMP/nwfile:/etc/resolv.conf" --read-only busybox touch /etc/resolv.conf
d run --network none -v "$TMP/nwfile:/etc/hosts" --read-only busybox touch /etc/hosts
d run --network none -v "$TMP/nwfile:/etc/hostname" --read-only busybox touch /etc/hostname
d run --network none -v "$TMP/nwfile:/etc/resolv.conf:ro" --read-only busybox touch /etc/resolv.conf
d run --network none -v "$TMP/nwfile:/etc/hosts:ro" --read-only busybox touch /etc/hosts
d run --network none -v "$TMP/nwfile:/etc/hostname:ro" --read-only busybox touch /etc/hostname
