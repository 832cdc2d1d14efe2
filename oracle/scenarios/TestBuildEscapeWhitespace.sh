# source: integration-cli/docker_cli_build_test.go TestBuildEscapeWhitespace
# fixtures: busybox
C=$(mkctx escws <<'DF'

  # ESCAPE=\
  FROM busybox
  MAINTAINER "Docker \
IO <io@\
docker.com>"
  
DF
)
d build -t testbuildescapewhitespace "$C"
d inspect --format '{{.Author}}' testbuildescapewhitespace
