# source: integration-cli/docker_cli_rmi_test.go TestRmiParentImageFail
# fixtures: busybox
C=$(mkctx test <<'DF'

	FROM busybox
	RUN echo hello
DF
)
d build -q -t test "$C"
ID=$(q inspect --format '{{.ID}}' busybox)
d rmi "$ID"
d images
