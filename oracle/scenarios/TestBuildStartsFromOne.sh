# source: integration-cli/docker_cli_build_test.go TestBuildStartsFromOne (steps are numbered from 1)
# fixtures: busybox
C=$(mkctx one <<'DF'
FROM busybox
DF
)
d build -t testbuildstartsfromone "$C"
