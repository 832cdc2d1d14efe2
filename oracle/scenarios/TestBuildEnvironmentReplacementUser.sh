# source: integration-cli/docker_cli_build_test.go TestBuildEnvironmentReplacementUser
# fixtures: none
C=$(mkctx user <<'DF'

  FROM scratch
  ENV user foo
  USER ${user}
  
DF
)
d build -t testbuildenvironmentreplacement "$C"
d inspect --format '{{json .Config.User}}' testbuildenvironmentreplacement
