# source: integration-cli/docker_cli_build_test.go TestBuildWorkdirCmd (WORKDIR / is cached on the second build)
# fixtures: busybox
C=$(mkctx wdcmd <<'DF'

                FROM busybox
                WORKDIR /
                
DF
)
d build -t testbuildworkdircmd "$C"
d build -t testbuildworkdircmd "$C"
