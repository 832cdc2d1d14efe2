# source: integration-cli/docker_cli_build_test.go TestBuildEmptyEntrypoint
# fixtures: busybox
C=$(mkctx bldemptyep <<'DF'
FROM busybox
        ENTRYPOINT []
DF
)
d build -t testbuildentrypoint "$C"
d inspect --format '{{.Config.Entrypoint}}' testbuildentrypoint
d inspect --format '{{json .Config.Entrypoint}}' testbuildentrypoint
