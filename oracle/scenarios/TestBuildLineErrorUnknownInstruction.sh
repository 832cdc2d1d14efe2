# source: integration-cli/docker_cli_build_test.go TestBuildLineErrorUnknownInstruction
# fixtures: busybox
C=$(mkctx unknown <<'DF'
FROM busybox
  RUN echo hello world
  NOINSTRUCTION echo ba
  RUN echo hello
  ERROR
  
DF
)
d build -t test_build_line_error_unknown_instruction "$C"
