# source: integration-cli/docker_api_build_test.go TestBuildOnBuildWithCopy (ONBUILD COPY runs in a later stage of the same build)
# fixtures: busybox
C=$(mkctx ob <<'DF'
FROM busybox as onbuildbase
ONBUILD COPY file /file

FROM onbuildbase
DF
)
ctxfile ob file 'some content'
d build -t onbuildcopy "$C"
d run --rm --network none onbuildcopy cat /file
