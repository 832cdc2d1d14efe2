# source: integration-cli/docker_cli_build_test.go TestBuildEntrypointRunCleanup
# fixtures: busybox
C1=$(mkctx epclean1 <<'DF'
FROM busybox
        RUN echo "hello"
DF
)
d build -t testbuildcmdcleanup "$C1"
C=$(mkctx epclean2 <<'DF'
FROM busybox
        RUN echo "hello"
        ADD foo /foo
        ENTRYPOINT ["/bin/echo"]
DF
)
ctxfile epclean2 foo hello
d build -t testbuildcmdcleanup "$C"
d inspect --format '{{.Config.Cmd}}' testbuildcmdcleanup
d inspect --format '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' testbuildcmdcleanup
