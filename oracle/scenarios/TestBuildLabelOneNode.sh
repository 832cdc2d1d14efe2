# source: integration-cli/docker_cli_build_test.go TestBuildLabelOneNode
# fixtures: busybox
C=$(mkctx labelone <<'DF'
FROM busybox
DF
)
d build -t testbuildlabel --label foo=bar "$C"
d inspect --format '{{json .Config.Labels}}' testbuildlabel
