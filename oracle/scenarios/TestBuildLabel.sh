# source: integration-cli/docker_cli_build_test.go TestBuildLabel (--label without a value)
# fixtures: none
C=$(mkctx label <<'DF'

  FROM scratch
  LABEL default foo
DF
)
d build -t testbuildlabel --label foo "$C"
d inspect --format '{{json .Config.Labels}}' testbuildlabel
