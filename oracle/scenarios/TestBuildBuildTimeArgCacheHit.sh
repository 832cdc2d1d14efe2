# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgCacheHit
# fixtures: busybox
C=$(mkctx bldarghit <<'DF'
FROM busybox
		ARG foo
		RUN echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d build --build-arg foo=bar -t bldargtestcachehit "$C"
d images --format '{{.Repository}} {{.ID}}' bldargtest
d images --format '{{.Repository}} {{.ID}}' bldargtestcachehit
