# source: integration-cli/docker_cli_build_test.go TestBuildCopyFileDotWithWorkdir
# fixtures: busybox
C=$(mkctx copydot <<'DF'
FROM busybox
WORKDIR /foo
COPY file .
RUN ["cat", "/foo/file"]
DF
)
ctxfile copydot file 'content'
d build -t testbuildcopyfiledotwithworkdir "$C"
