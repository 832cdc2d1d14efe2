# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgBuiltinArg
# fixtures: busybox
C=$(mkctx bldargbuiltin <<'DF'
FROM busybox
		RUN echo $HTTP_PROXY
		CMD echo $HTTP_PROXY
DF
)
d build --build-arg HTTP_PROXY=bar -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
d history --no-trunc --format '{{.CreatedBy}}' bldargtest
