# source: integration-cli/docker_cli_build_test.go TestBuildVerifyIntString
# fixtures: busybox
C=$(mkctx intstr <<'DF'

	FROM busybox
	MAINTAINER 123
DF
)
d build -t testbuildstringing "$C"
d inspect --format '{{json .Author}}' testbuildstringing
