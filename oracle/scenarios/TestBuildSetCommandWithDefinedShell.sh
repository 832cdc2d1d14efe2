# source: integration-cli/docker_cli_build_test.go TestBuildSetCommandWithDefinedShell
# fixtures: busybox
C=$(mkctx defshell1 <<'DF'

FROM busybox
SHELL ["/bin/sh", "-c"]
DF
)
d build -t build1 "$C"
C=$(mkctx defshell2 <<'DF'

FROM build1
CMD echo foo
DF
)
d build -t build2 "$C"
d inspect --format '{{ json .Config.Cmd }}' build2
