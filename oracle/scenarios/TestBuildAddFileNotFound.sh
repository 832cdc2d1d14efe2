# source: integration-cli/docker_cli_build_test.go TestBuildAddFileNotFound
# fixtures: none
C=$(mkctx addnotfound <<'DF'
FROM scratch
        ADD foo /usr/local/bar
DF
)
ctxfile addnotfound bar hello
d build -t testbuildaddnotfound "$C"
