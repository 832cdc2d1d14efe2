# source: integration-cli/docker_cli_build_test.go TestBuildOnBuildLowercase (a lower-case onbuild trigger runs in the child build)
# fixtures: busybox
C=$(mkctx onbuildlc <<'DF'

  FROM busybox
  onbuild run echo quux
  
DF
)
d build -t testbuildonbuildlowercase "$C"
C2=$(mkctx onbuildlc2 <<'DF'

  FROM testbuildonbuildlowercase
  
DF
)
d build -t testbuildonbuildlowercase2 "$C2"
d inspect --format '{{json .Config.OnBuild}}' testbuildonbuildlowercase testbuildonbuildlowercase2
