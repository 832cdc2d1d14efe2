# source: integration-cli/docker_cli_build_test.go TestBuildFollowSymlinkToDir (COPY of a symlink to a directory copies the directory's content; a changed file invalidates the cache)
# fixtures: busybox
C=$(mkctx symdir <<'DF'

	FROM busybox
	COPY asymlink /
DF
)
ctxfile symdir foo/abc bar
ctxfile symdir foo/def baz
ln -s foo "$C/asymlink"
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink cat abc def
ctxfile symdir foo/def bax
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink cat abc def
