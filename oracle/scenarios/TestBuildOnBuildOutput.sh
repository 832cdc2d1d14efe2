# source: integration-cli/docker_cli_build_test.go TestBuildOnBuildOutput
# fixtures: busybox
C=$(mkctx onbuildout1 <<'DF'
FROM busybox
ONBUILD RUN echo foo
DF
)
d build -t testbuildonbuildparent "$C"
C=$(mkctx onbuildout2 <<'DF'
FROM testbuildonbuildparent
MAINTAINER quux
DF
)
d build -t testbuildonbuildparent "$C"
