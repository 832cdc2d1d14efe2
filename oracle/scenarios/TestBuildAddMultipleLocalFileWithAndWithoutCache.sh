# source: integration-cli/docker_cli_build_test.go TestBuildAddMultipleLocalFileWithAndWithoutCache (ADD of several files: cache hit on rebuild, miss with --no-cache)
# fixtures: busybox
B=$(mkctx base <<'DF'

		FROM busybox
		ENTRYPOINT ["/bin/sh"]
	
DF
)
d build -t testbuildaddmultiplelocalfilewithcache-base "$B"
C=$(mkctx multicache <<'DF'

		FROM testbuildaddmultiplelocalfilewithcache-base
        MAINTAINER dockerio
        ADD foo Dockerfile /usr/lib/bla/
		RUN sh -c "[ $(cat /usr/lib/bla/foo) = "hello" ]"
DF
)
ctxfile multicache foo hello
d build -t testbuildaddmultiplelocalfilewithcache "$C"
ID1=$(q images -q testbuildaddmultiplelocalfilewithcache)
d build -t testbuildaddmultiplelocalfilewithcache "$C"
ID2=$(q images -q testbuildaddmultiplelocalfilewithcache)
d build --no-cache -t testbuildaddmultiplelocalfilewithcache "$C"
ID3=$(q images -q testbuildaddmultiplelocalfilewithcache)
[ "$ID1" = "$ID2" ] && note "1 = 2: cache used" || note "1 != 2"
[ "$ID1" = "$ID3" ] && note "1 = 3: cache used" || note "1 != 3"
