# source: integration-cli/docker_cli_build_test.go TestBuildNoDupOutput
# fixtures: busybox
C=$(mkctx nodup <<'DF'

  FROM busybox
  RUN env
DF
)
d build -t testbuildnodupoutput "$C"
