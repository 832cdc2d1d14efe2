# source: integration-cli/docker_cli_build_test.go TestBuildCmdJSONNoShDashC
# fixtures: busybox
C=$(printf 'FROM busybox\nCMD ["echo", "cmd"]' | mkctx cmdjson)
d build -t testbuildcmdjson "$C"
d inspect --format '{{json .Config.Cmd}}' testbuildcmdjson
