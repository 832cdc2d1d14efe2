# source: integration-cli/docker_cli_build_test.go TestBuildEnvEscapes (an escaped $ in a shell-form CMD)
# fixtures: busybox
C=$(mkctx envesc <<'DF'

    FROM busybox
    ENV TEST foo
    CMD echo \$
    
DF
)
d build -t testbuildenvescapes "$C"
d run --rm --network none testbuildenvescapes
d inspect --format '{{json .Config.Cmd}}' testbuildenvescapes
