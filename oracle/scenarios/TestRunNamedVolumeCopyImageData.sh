# source: integration-cli/docker_cli_run_test.go TestRunNamedVolumeCopyImageData
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN mkdir -p /foo && echo hello > /foo/hello
DF
)
q build -t testvolumecopy "$CTX" >/dev/null
d run --network none -v foo:/foo testvolumecopy
d run --network none -v foo:/foo busybox cat /foo/hello
