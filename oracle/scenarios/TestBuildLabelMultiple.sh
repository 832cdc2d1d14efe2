# source: integration-cli/docker_cli_build_test.go TestBuildLabelMultiple
# fixtures: none
C=$(mkctx labelmulti <<'DF'

  FROM scratch
  LABEL default foo
DF
)
d build -t testbuildlabelmultiple --label foo=bar --label 123=456 "$C"
d inspect --format '{{json .Config.Labels}}' testbuildlabelmultiple
