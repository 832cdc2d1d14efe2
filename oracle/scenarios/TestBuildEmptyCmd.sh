# source: integration-cli/docker_cli_build_test.go TestBuildEmptyCmd
# fixtures: none
C=$(printf 'FROM scratch\nMAINTAINER quux\n' | mkctx emptycmd)
d build -t testbuildemptycmd "$C"
d inspect --format '{{json .Config.Cmd}}' testbuildemptycmd
