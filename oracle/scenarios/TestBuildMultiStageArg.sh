# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageArg
# fixtures: busybox
C=$(mkctx msarg <<'DF'
FROM busybox
    ARG foo=abc
    LABEL multifromtest=1
    RUN env > /out
    FROM busybox
    ARG bar=def
    RUN env > /out
DF
)
d build -t multifrombldargtest "$C"
PARENT=$(q images -q -f label=multifromtest=1)
d images -f label=multifromtest=1 --format '{{.Repository}}:{{.Tag}}'
sh_d "engine run --rm --network none $PARENT cat /out | grep -E '^(foo|bar)=' | sort"
sh_d "engine run --rm --network none multifrombldargtest cat /out | grep -E '^(foo|bar)=' | sort"
