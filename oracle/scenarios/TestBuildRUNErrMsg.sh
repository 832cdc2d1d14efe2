# source: integration-cli/docker_cli_build_test.go TestBuildRUNErrMsg (a failing RUN's message quotes the command as typed)
# fixtures: busybox
C=$(mkctx errmsg <<'DF'

  FROM busybox
  RUN badEXE a1 \& a2	a3
DF
)
d build -t testbuildbadrunerrmsg "$C"
d ps -a --format '{{.Status}} {{.Command}}'
