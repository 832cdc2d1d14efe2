# source: integration-cli/docker_cli_run_test.go TestRunVolumesFromSymlinkPath
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN ln -s home /foo
VOLUME ["/foo/bar"]
DF
)
q build -t docker-test-volumesfromsymlinkpath "$CTX" >/dev/null
d run --network none --name test-volumesfromsymlinkpath docker-test-volumesfromsymlinkpath
d run --network none --volumes-from test-volumesfromsymlinkpath busybox sh -c 'ls /foo | grep bar'
d inspect -f '{{range .Mounts}}{{.Destination}}{{end}}' test-volumesfromsymlinkpath
