# source: integration-cli/docker_cli_run_test.go TestRunCidFileCleanupIfEmpty (an imported image without a command stands in for emptyfs)
# fixtures: none
mklayer one "one"
q import "$TMP/one.tar" emptyfs >/dev/null
d run --network none --cidfile "$TMP/cid" emptyfs
sh_d 'test -e "$TMP/cid" && echo exists || echo removed'
