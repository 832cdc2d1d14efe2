# source: integration-cli/docker_cli_build_test.go TestBuildConditionalCache (a changed file misses the ADD cache, the unchanged rebuild hits it)
# fixtures: busybox
C=$(mkctx condcache <<'DF'

		FROM busybox
        ADD foo /tmp/
DF
)
ctxfile condcache foo hello
d build -t testbuildconditionalcache "$C"
ID1=$(q images -q testbuildconditionalcache)
ctxfile condcache foo bye
d build -t testbuildconditionalcache "$C"
ID2=$(q images -q testbuildconditionalcache)
[ "$ID1" = "$ID2" ] && note "1 = 2: cache used" || note "1 != 2"
d build -t testbuildconditionalcache "$C"
ID3=$(q images -q testbuildconditionalcache)
[ "$ID2" = "$ID3" ] && note "2 = 3: cache used" || note "2 != 3"
