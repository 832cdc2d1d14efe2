# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageGlobalArg (an ARG before FROM is visible to FROM only, unless redeclared)
# fixtures: busybox
C=$(mkctx globalarg <<'DF'
ARG tag=nosuchtag
     FROM busybox:${tag}
     LABEL multifromtest=1
     RUN env > /out
     FROM busybox:${tag}
     ARG tag
     RUN env > /out
DF
)
d build -t multifrombldargtest --build-arg tag=latest "$C"
P=$(q images -q -f label=multifromtest=1)
d run --rm --network none "$P" sh -c 'grep -c tag /out'
d run --rm --network none multifrombldargtest sh -c 'grep tag /out'
