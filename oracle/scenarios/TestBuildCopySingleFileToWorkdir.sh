# source: integration-cli/docker_cli_build_test.go TestBuildCopySingleFileToWorkdir (COPY to "." without WORKDIR lands in /)
# fixtures: busybox
C=$(mkctx copywd <<'DF'
FROM busybox
COPY test_file .
DF
)
ctxfile copywd test_file 'test1'
d build -t testcopysinglefiletoworkdir "$C"
d run --rm --network none testcopysinglefiletoworkdir sh -c 'stat -c "%a %U:%G %n" /test_file; cat /test_file'
