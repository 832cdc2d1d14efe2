# source: integration-cli/docker_cli_build_test.go TestBuildMultipleTags
# fixtures: busybox
C=$(mkctx tags <<'DF'

	FROM busybox
	MAINTAINER test-15780
	
DF
)
d build -t tag1 -t tag2:v2 -t tag1:latest -t tag1 "$C"
d images --format '{{.Repository}}:{{.Tag}} {{.ID}}' tag1
d images --format '{{.Repository}}:{{.Tag}} {{.ID}}' tag2
