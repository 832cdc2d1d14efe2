# source: integration-cli/docker_cli_build_test.go TestBuildEntrypoint
C=$(mkctx bldep <<'DF'
FROM scratch
        ENTRYPOINT ["/bin/echo"]
DF
)
d build -t testbuildentrypoint "$C"
d inspect --format '{{.Config.Entrypoint}}' testbuildentrypoint
