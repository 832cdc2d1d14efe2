# source: integration-cli/docker_cli_build_test.go TestBuildLineErrorWithEmptyLines
# fixtures: busybox
C=$(mkctx emptylines <<'DF'

  FROM busybox

  RUN echo hello world

  NOINSTRUCTION echo ba

  CMD ["/bin/init"]
  
DF
)
d build -t test_build_line_error_with_empty_lines "$C"
