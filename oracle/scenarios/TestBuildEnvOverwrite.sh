# source: integration-cli/docker_cli_build_test.go TestBuildEnvOverwrite (run -e overrides an ENV used by CMD)
# fixtures: busybox
C=$(mkctx envover <<'DF'

    FROM busybox
    ENV TEST foo
    CMD echo ${TEST}
    
DF
)
d build -t testbuildenvoverwrite "$C"
d run --rm --network none -e TEST=bar testbuildenvoverwrite
d inspect --format '{{json .Config.Cmd}}' testbuildenvoverwrite
