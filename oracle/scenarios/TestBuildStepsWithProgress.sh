# source: integration-cli/docker_cli_build_test.go TestBuildStepsWithProgress
# fixtures: busybox
C=$(mkctx stepsprogress <<'DF'
FROM busybox
RUN echo foo
RUN echo foo
RUN echo foo
RUN echo foo
RUN echo foo
DF
)
d build -t testbuildstepswithprogress "$C"
