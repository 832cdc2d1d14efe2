# source: integration-cli/docker_cli_run_unix_test.go TestRunWithVolumesIsRecursive
# fixtures: busybox
mkdir -p "$TMP/rec/tmpfs"
sh_d 'mount -t tmpfs tmpfs "$TMP/rec/tmpfs" && touch "$TMP/rec/tmpfs/touch-me" && echo mounted'
d run --network none --name test-data --volume "$TMP/rec:/tmp:ro" busybox:latest ls /tmp/tmpfs
d rm test-data
sh_d 'umount "$TMP/rec/tmpfs" && echo unmounted'
