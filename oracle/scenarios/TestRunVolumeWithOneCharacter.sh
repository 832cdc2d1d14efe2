# source: integration-cli/docker_cli_run_test.go TestRunVolumeWithOneCharacter
# fixtures: busybox
d run --network none -v "$TMP/q:/foo" busybox sh -c 'find /foo'
sh_d 'test -d "$TMP/q" && echo created'
