# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgUntrustedDefinedAfterUse
# fixtures: busybox
C=$(mkctx bldarguntrust <<'DF'
FROM busybox
		RUN echo $foo
		ARG foo
		CMD echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
