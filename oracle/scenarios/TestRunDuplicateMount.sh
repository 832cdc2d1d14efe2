# source: integration-cli/docker_cli_run_test.go TestRunDuplicateMount
# fixtures: busybox
mkdir -p "$TMP/dm"
echo touch-me-foo-bar > "$TMP/dm/touch-me"
d run --network none --name test -v "$TMP/dm:/tmp" -v "$TMP/dm:/tmp" busybox sh -c 'cat /tmp/touch-me && ls /'
d inspect --format '{{json .Config.Volumes}}' test
d inspect --format '{{len .Mounts}} {{json .HostConfig.Binds}}' test
