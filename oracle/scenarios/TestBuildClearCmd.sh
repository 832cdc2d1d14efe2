# source: integration-cli/docker_cli_build_test.go TestBuildClearCmd
# fixtures: none
C=$(mkctx clearcmd <<'DF'
FROM scratch
   ENTRYPOINT ["/bin/bash"]
   CMD []
DF
)
d build -t testbuildclearcmd "$C"
d inspect --format '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' testbuildclearcmd
