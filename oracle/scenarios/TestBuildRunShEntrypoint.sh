# source: integration-cli/docker_cli_build_test.go TestBuildRunShEntrypoint
# fixtures: busybox
C=$(mkctx runshep <<'DF'
FROM busybox
                                ENTRYPOINT echo
DF
)
d build -t testbuildentrypoint "$C"
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' testbuildentrypoint
d run --rm --network none testbuildentrypoint
d run --rm --network none testbuildentrypoint ignored args
