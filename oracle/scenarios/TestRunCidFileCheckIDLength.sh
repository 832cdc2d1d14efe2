# source: integration-cli/docker_cli_run_test.go TestRunCidFileCheckIDLength
# fixtures: busybox
d run -d --network none --cidfile "$TMP/cid" busybox true
sh_d 'wc -c < "$TMP/cid"; cat "$TMP/cid"; echo'
d run -d --network none --cidfile "$TMP/cid" busybox true
