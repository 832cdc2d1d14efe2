# source: integration-cli/docker_cli_build_test.go TestBuildHandleEscapesInVolume
# fixtures: none
i=0
for v in '${FOO}' '\${FOO}' '\\\\\\\${FOO}'; do
  i=$((i+1))
  C=$(mkctx esc$i < <(printf '\n  FROM scratch\n  ENV FOO bar\n  VOLUME %s\n  \n' "$v"))
  d build -t testbuildhandleescapes "$C"
  d inspect --format '{{json .Config.Volumes}}' testbuildhandleescapes
  d rmi testbuildhandleescapes
done
