# source: integration/build/build_test.go TestBuildPlatformInvalid (an invalid --platform is an invalid parameter)
# fixtures: busybox
C=$(mkctx pi <<'DF'
FROM busybox
DF
)
d build --rm --force-rm --platform foobar "$C"
d build --rm --force-rm --platform linux/foobar/x/y "$C"
d images --format '{{.Repository}}'
