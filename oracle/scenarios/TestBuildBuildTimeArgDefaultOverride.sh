# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgDefaultOverride
# fixtures: busybox
C=$(mkctx bldargdefov <<'DF'
FROM busybox
		ARG foo=bar
		ENV foo $foo
		RUN echo $foo
		CMD echo $foo
DF
)
d build --build-arg foo=barOverride -t bldargtest "$C"
d run --network none --name bldargCont bldargtest
