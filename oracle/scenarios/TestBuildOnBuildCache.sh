# source: integration-cli/docker_api_build_test.go TestBuildOnBuildCache (a stage FROM an earlier stage with ONBUILD: the cached parent is the child's Parent)
# fixtures: busybox
C=$(mkctx obc <<'DF'
FROM busybox as onbuildbase
ENV something=bar
ONBUILD ENV foo=bar
DF
)
d build "$C"
cat >> "$C/Dockerfile" <<'DF'
FROM onbuildbase
DF
d build -t onbuildcache "$C"
d inspect --format '{{.Parent}} {{json .Config.Env}} {{json .Config.OnBuild}}' onbuildcache
d history --format '{{.ID}} {{.CreatedBy}}' onbuildcache
