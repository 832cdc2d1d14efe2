# source: integration-cli/docker_cli_build_test.go TestBuildEmptyStringVolume (VOLUME of an empty variable fails)
# fixtures: busybox
C=$(mkctx emptyvol <<'DF'

  FROM busybox
  ENV foo=""
  VOLUME $foo
  
DF
)
d build -t testbuildemptystringvolume "$C"
d images -a
