# source: integration-cli/docker_cli_build_test.go TestBuildEnvironmentReplacementVolume
# fixtures: none
C=$(mkctx volume <<'DF'

  FROM scratch
  ENV volume /quux
  VOLUME ${volume}
  
DF
)
d build -t testbuildenvironmentreplacement "$C"
d inspect --format '{{json .Config.Volumes}}' testbuildenvironmentreplacement
