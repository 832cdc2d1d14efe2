# source: integration-cli/docker_cli_run_test.go TestVolumesNoCopyData
# fixtures: busybox
CTX=$(mkctx dataimage <<'DF'
FROM busybox
RUN ["mkdir", "-p", "/foo"]
RUN ["touch", "/foo/bar"]
DF
)
q build -t dataimage "$CTX" >/dev/null
d run --network none --name test -v /foo busybox
d run --rm --network none --volumes-from test dataimage ls -lh /foo/bar
mkdir -p "$TMP/bindcopy"
d run --rm --network none -v "$TMP/bindcopy:/foo" dataimage ls -lh /foo/bar
d rm -v test
