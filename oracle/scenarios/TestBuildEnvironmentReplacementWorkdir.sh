# source: integration-cli/docker_cli_build_test.go TestBuildEnvironmentReplacementWorkdir
# fixtures: busybox
C=$(mkctx workdir <<'DF'

  FROM busybox
  ENV MYWORKDIR /work
  RUN mkdir ${MYWORKDIR}
  WORKDIR ${MYWORKDIR}
  
DF
)
d build -t testbuildenvironmentreplacement "$C"
d inspect --format '{{json .Config.WorkingDir}}' testbuildenvironmentreplacement
