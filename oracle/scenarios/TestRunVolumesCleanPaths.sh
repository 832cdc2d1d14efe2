# source: integration-cli/docker_cli_run_test.go TestRunVolumesCleanPaths
# fixtures: busybox
CTX=$(mkctx cleanpaths <<'DF'
FROM busybox
VOLUME /foo/
DF
)
q build -t run_volumes_clean_paths "$CTX" >/dev/null
d run --network none -v /foo -v /bar/ --name dark_helmet run_volumes_clean_paths
dsort inspect --format '{{range .Mounts}}{{.Destination}} {{.Type}} {{.Driver}} {{.RW}}{{"\n"}}{{end}}' dark_helmet
d inspect --format '{{json .Config.Volumes}}' dark_helmet
d rm -v dark_helmet
