# source: integration-cli/docker_cli_build_test.go TestBuildNetNone
# fixtures: busybox
C=$(mkctx netnone <<'DF'

  FROM busybox
  RUN ping -c 1 8.8.8.8
  
DF
)
d build -t testbuildnetnone --network=none "$C"
