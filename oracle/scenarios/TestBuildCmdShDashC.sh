# source: integration-cli/docker_cli_build_test.go TestBuildCmdShDashC
# fixtures: busybox
C=$(mkctx bldcmdshc <<'DF'
FROM busybox
CMD echo cmd
DF
)
d build -t testbuildcmdshc "$C"
d inspect --format '{{json .Config.Cmd}}' testbuildcmdshc
