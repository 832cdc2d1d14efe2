# source: integration-cli/docker_cli_build_test.go TestBuildInvalidTag
# fixtures: none
C=$(mkctx invtag <<'DF'
FROM scratch
MAINTAINER quux
DF
)
d build -t "abcd:$(printf 'x%.0s' $(seq 200))" "$C"
d images -a
