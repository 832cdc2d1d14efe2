# source: integration-cli/docker_cli_run_test.go TestRunMountReadOnlyDevShm
# fixtures: busybox
mkdir -p "$TMP/empty"
d run --network none --rm --read-only -v "$TMP/empty:/dev/shm:ro" busybox touch /dev/shm/foo
