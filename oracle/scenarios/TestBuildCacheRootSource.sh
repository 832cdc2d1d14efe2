# source: integration-cli/docker_cli_build_test.go TestBuildCacheRootSource (COPY / copies the whole context; a changed file invalidates its cache)
# fixtures: busybox
C=$(mkctx rootsrc <<'DF'

	FROM busybox
	COPY / /data
DF
)
ctxfile rootsrc foo bar
d build -t testbuildrootsource "$C"
ctxfile rootsrc foo baz
d build -t testbuildrootsource "$C"
d run --rm --network none testbuildrootsource sh -c 'find /data | sort; cat /data/foo'
