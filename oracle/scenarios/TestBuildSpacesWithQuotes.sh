# source: integration-cli/docker_cli_build_test.go TestBuildSpacesWithQuotes
# fixtures: busybox
C=$(mkctx spacesq <<'DF'
FROM busybox
RUN echo "  \
  foo  "
DF
)
d build -t testspacesquotes "$C"
