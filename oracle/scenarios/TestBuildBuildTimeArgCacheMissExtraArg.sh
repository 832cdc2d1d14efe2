# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgCacheMissExtraArg
# fixtures: busybox
C=$(mkctx bldargextra <<'DF'
FROM busybox
		ARG foo
		ARG foo1
		RUN echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d build --build-arg foo=bar --build-arg foo1=bar1 -t bldargtestcachemiss "$C"
d history --no-trunc --format '{{.CreatedBy}}' bldargtestcachemiss
