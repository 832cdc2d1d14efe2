# source: integration-cli/docker_cli_run_test.go TestRunCopyVolumeContent
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN mkdir -p /hello/local && echo hello > /hello/local/world
DF
)
q build -t testruncopyvolumecontent "$CTX" >/dev/null
d run --network none --rm -v /hello testruncopyvolumecontent find /hello
