# source: integration-cli/docker_cli_build_test.go TestBuildNotVerboseFailureRemote (an unreachable URL context: the same error with and without -q)
# fixtures: none
d build -q -t quiet_build_wrong_remote http://127.0.0.1:18115/ctx.tar
d build -t quiet_build_wrong_remote http://127.0.0.1:18115/ctx.tar
