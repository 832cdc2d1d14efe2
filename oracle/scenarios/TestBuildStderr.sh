# source: integration-cli/docker_cli_build_test.go TestBuildStderr
# fixtures: busybox
C=$(mkctx bldstderr <<'DF'
FROM busybox
RUN echo one
DF
)
d build -t testbuildstderr "$C"
sh_d "engine build -t testbuildstderr '$C' 2>&1 >/dev/null | wc -c"
