# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgUnconsumedArg
# fixtures: busybox
C=$(mkctx unconsumed <<'DF'
FROM busybox
		RUN echo $foo
		CMD echo $foo
DF
)
d build --build-arg foo=bar -t bldargtest "$C"
d inspect --format '{{json .Config.Cmd}}' bldargtest
