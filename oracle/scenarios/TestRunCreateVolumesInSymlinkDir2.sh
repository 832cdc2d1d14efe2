# source: integration-cli/docker_cli_run_test.go TestRunCreateVolumesInSymlinkDir2
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN mkdir -p /test-volume-symlink2
RUN ln -s /test-volume-symlink2 /test
DF
)
q build -t test-volume-symlink2 "$CTX" >/dev/null
d run --network none --name c1 -v /test/test test-volume-symlink2 true
d inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' c1
