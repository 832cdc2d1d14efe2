# source: integration-cli/docker_cli_build_test.go TestBuildLabelCacheCommit
# fixtures: busybox
C=$(mkctx labelcachecommit <<'DF'

  FROM busybox
  LABEL default foo
  
DF
)
d build -t testbuildlabelcachecommit "$C"
d build -t testbuildlabelcachecommit --label foo "$C"
d inspect --format '{{json .Config.Labels}}' testbuildlabelcachecommit
d images --format '{{.Repository}}:{{.Tag}}'
