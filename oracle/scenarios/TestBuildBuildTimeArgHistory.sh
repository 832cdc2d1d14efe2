# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgHistory
# fixtures: busybox
C=$(mkctx bldarghist <<'DF'
FROM busybox
		ARG foo=bar1
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d history --no-trunc --format '{{.CreatedBy}} {{.Size}}' bldargtest
