# source: integration-cli/docker_cli_build_test.go TestBuildCmdSpaces
# fixtures: busybox
C=$(printf 'FROM busybox\nCMD ["echo hi"]\n' | mkctx cmd1)
d build -q -t testbuildcmdspaces "$C"
C=$(printf 'FROM busybox\nCMD ["echo", "hi"]\n' | mkctx cmd2)
d build -q -t testbuildcmdspaces "$C"
C=$(printf 'FROM busybox\nENTRYPOINT ["echo hi"]\n' | mkctx ep1)
d build -q -t testbuildcmdspaces "$C"
C=$(printf 'FROM busybox\nENTRYPOINT ["echo", "hi"]\n' | mkctx ep2)
d build -q -t testbuildcmdspaces "$C"
d inspect --format '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' testbuildcmdspaces
