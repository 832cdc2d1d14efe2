# source: integration-cli/docker_cli_build_test.go TestBuildVerboseOut
# fixtures: busybox
C=$(mkctx verboseout <<'DF'
FROM busybox
RUN echo 123
DF
)
d build -t testbuildverboseout "$C"
