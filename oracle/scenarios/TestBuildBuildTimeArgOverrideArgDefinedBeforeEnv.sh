# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgOverrideArgDefinedBeforeEnv
# fixtures: busybox
C=$(mkctx bldargbefore <<'DF'
FROM busybox
		ARG foo
		ENV foo barOverride
		RUN echo $foo
		CMD echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
