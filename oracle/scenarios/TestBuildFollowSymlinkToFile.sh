# source: integration-cli/docker_cli_build_test.go TestBuildFollowSymlinkToFile (COPY of a symlink source copies the file it points to; changing that file invalidates the cache)
# fixtures: busybox
C=$(mkctx symfile <<'DF'

	FROM busybox
	COPY asymlink target
DF
)
ctxfile symfile foo bar
ln -s foo "$C/asymlink"
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink cat target
ctxfile symfile foo baz
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink cat target
