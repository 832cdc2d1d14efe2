# source: integration-cli/docker_cli_build_test.go TestBuildNotVerboseFailureWithNonExistImage (FROM an image that is not local: the pull fails, quiet and verbose)
# fixtures: none
C=$(mkctx notexists <<'DF'
FROM busybox11
DF
)
d build -q -t quiet_build_not_exists_image "$C"
d build -t quiet_build_not_exists_image "$C"
d images -a
