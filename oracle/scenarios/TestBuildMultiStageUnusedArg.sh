# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageUnusedArg
# fixtures: busybox
C=$(mkctx unusedarg <<'DF'
FROM busybox
    ARG foo
    FROM busybox
    ARG bar
    RUN env > /out
DF
)
d build -t multifromunusedarg --build-arg baz=abc "$C"
d run --rm --network none multifromunusedarg sh -c 'grep -c -e bar -e baz /out'
