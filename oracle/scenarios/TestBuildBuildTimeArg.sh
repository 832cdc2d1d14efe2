# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArg
# fixtures: busybox
C=$(mkctx bldarg <<'DF'
FROM busybox
			ARG foo
			RUN echo $foo
			CMD echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
