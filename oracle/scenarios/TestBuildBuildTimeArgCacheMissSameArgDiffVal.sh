# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgCacheMissSameArgDiffVal
# fixtures: busybox
C=$(mkctx bldargdiff <<'DF'
FROM busybox
		ARG foo
		RUN echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d build --build-arg foo=bar1 -t bldargtestcachemiss "$C"
d history --no-trunc --format '{{.CreatedBy}}' bldargtestcachemiss
