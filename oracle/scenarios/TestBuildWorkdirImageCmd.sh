# source: integration-cli/docker_cli_build_test.go TestBuildWorkdirImageCmd
# fixtures: busybox
C=$(mkctx workdircmd1 <<'DF'

FROM busybox
WORKDIR /foo/bar
DF
)
d build -t testworkdirimagecmd "$C"
d inspect --format '{{ json .Config.Cmd }}' testworkdirimagecmd
C=$(mkctx workdircmd2 <<'DF'

FROM busybox
WORKDIR /foo/bar
LABEL a=b
DF
)
d build -t testworkdirlabelimagecmd "$C"
d inspect --format '{{ json .Config.Cmd }}' testworkdirlabelimagecmd
