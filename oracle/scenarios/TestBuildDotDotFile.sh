# source: integration-cli/docker_cli_build_test.go TestBuildDotDotFile (a context file named ..gitme)
# fixtures: busybox
C=$(mkctx dotdot <<'DF'
FROM busybox
DF
)
ctxfile dotdot ..gitme ''
d build -t sc "$C"
d images
