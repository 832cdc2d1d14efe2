# source: integration-cli/docker_cli_build_test.go TestBuildExpose
# fixtures: none
C=$(mkctx expose <<'DF'
FROM scratch
        EXPOSE 2375
DF
)
d build -t testbuildexpose "$C"
d inspect --format '{{.Config.ExposedPorts}}' testbuildexpose
