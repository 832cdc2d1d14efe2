# source: integration-cli/docker_cli_build_test.go TestBuildCmd
# fixtures: none
C=$(mkctx cmd <<'DF'
FROM scratch
        CMD ["/bin/echo", "Hello World"]
DF
)
d build -t testbuildcmd "$C"
d inspect --format '{{.Config.Cmd}}' testbuildcmd
