# source: integration-cli/docker_cli_run_test.go TestRunCreateVolumesInSymlinkDir
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN mkdir -p /tmp/test-volume-symlink
RUN ln -s /tmp/test-volume-symlink /test
DF
)
q build -t test-volume-symlink "$CTX" >/dev/null
d run --network none --name c1 -v /test/test test-volume-symlink true
d inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' c1
d run --network none --volumes-from c1 busybox sh -c 'ls -ld /test /tmp/test-volume-symlink/test | cut -c1-10'
