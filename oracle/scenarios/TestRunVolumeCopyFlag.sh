# source: integration-cli/docker_cli_run_test.go TestRunVolumeCopyFlag
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN mkdir /foo && echo hello > /foo/bar
CMD cat /foo/bar
DF
)
q build -t volumecopy "$CTX" >/dev/null
d volume create test
d run --network none -v test:/foo:nocopy volumecopy
d run --network none -v test:/foo volumecopy
d run --network none -v test:/foo:copy volumecopy
d run --network none -v test:/foo volumecopy
d run --network none --name=test -v /foo busybox true
d run --network none --volumes-from=test:copy busybox true
d run --network none --volumes-from=test:nocopy busybox true
d run --network none -v /foo:/bar:copy busybox true
d run --network none -v /foo:/bar:nocopy busybox true
