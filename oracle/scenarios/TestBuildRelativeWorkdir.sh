# source: integration-cli/docker_cli_build_test.go TestBuildRelativeWorkdir
# fixtures: busybox
C=$(mkctx relwd <<'DF'
FROM busybox
		RUN sh -c "[ "$PWD" = "/" ]"
		WORKDIR test1
		RUN sh -c "[ "$PWD" = "/test1" ]"
		WORKDIR /test2
		RUN sh -c "[ "$PWD" = "/test2" ]"
		WORKDIR test3
		RUN sh -c "[ "$PWD" = "/test2/test3" ]"
DF
)
d build -t testbuildrelativeworkdir "$C"
d inspect --format '{{.Config.WorkingDir}}' testbuildrelativeworkdir
