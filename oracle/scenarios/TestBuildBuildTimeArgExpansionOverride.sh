# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgExpansionOverride
# fixtures: busybox
C=$(mkctx bldargexpov <<'DF'
FROM busybox
		ARG foo
		ENV foo barOverride
		ENV foo1 ${foo}
		RUN echo $foo1
		CMD echo $foo1
DF
)
d build --build-arg foo=bar -t bldvarstest "$C"
d run --network none --name bldargCont bldvarstest
