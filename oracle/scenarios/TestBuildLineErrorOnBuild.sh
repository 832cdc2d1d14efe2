# source: integration-cli/docker_cli_build_test.go TestBuildLineErrorOnBuild
# fixtures: busybox
C=$(mkctx onbuilderr <<'DF'
FROM busybox
  ONBUILD
  
DF
)
d build -t test_build_line_error_onbuild "$C"
