# source: integration-cli/docker_cli_build_test.go TestBuildEnvironmentReplacementExpose
# fixtures: none
C=$(mkctx expose <<'DF'

  FROM scratch
  ENV port 80
  EXPOSE ${port}
  ENV ports "  99   100 "
  EXPOSE ${ports}
  
DF
)
d build -t testbuildenvironmentreplacement "$C"
d inspect --format '{{json .Config.ExposedPorts}}' testbuildenvironmentreplacement
