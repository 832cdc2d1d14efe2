# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgOverrideEnvDefinedBeforeArg
# fixtures: busybox
C=$(mkctx bldargafter <<'DF'
FROM busybox
		ENV foo barOverride
		ARG foo
		RUN echo $foo
		CMD echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
