# source: integration-cli/docker_cli_build_test.go TestBuildNotVerboseFailure
# fixtures: busybox
C1=$(mkctx nofrom <<'DF'
RUN whoami
DF
)
d build -q -t quiet_build_no_from_at_the_beginning "$C1"
d build -t quiet_build_no_from_at_the_beginning "$C1"
C2=$(mkctx unknowninstr <<'DF'
FROMD busybox
DF
)
d build -q -t quiet_build_unknown_instr "$C2"
d build -t quiet_build_unknown_instr "$C2"
