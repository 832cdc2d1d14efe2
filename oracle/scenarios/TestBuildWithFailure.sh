# source: integration-cli/docker_cli_build_test.go TestBuildWithFailure
# fixtures: busybox
C=$(mkctx withfailure <<'DF'
FROM busybox
RUN nobody
DF
)
printf 'FROM busybox\nRUN nobody' > "$C/Dockerfile"
d build -t testbuildwithfailure "$C"
printf 'FFOM nobody\nRUN nobody' > "$C/Dockerfile"
d build -t testbuildwithfailure "$C"
