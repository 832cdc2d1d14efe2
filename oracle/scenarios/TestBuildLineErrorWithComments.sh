# source: integration-cli/docker_cli_build_test.go TestBuildLineErrorWithComments
# fixtures: busybox
C=$(mkctx comments <<'DF'
FROM busybox
  # This will print hello world
  # and then ba
  RUN echo hello world
  NOINSTRUCTION echo ba
  
DF
)
d build -t test_build_line_error_with_comments "$C"
