# source: integration-cli/docker_cli_run_test.go TestVolumesFromGetsProperMode
# fixtures: busybox
mkdir -p "$TMP/hostpath"
d run --network none --name parent -v "$TMP/hostpath:/test:ro" busybox true
d run --network none --volumes-from parent:rw busybox touch /test/file
d run --network none --name parent2 -v "$TMP/hostpath:/test:ro" busybox true
d run --network none --volumes-from parent2:ro busybox touch /test/file
