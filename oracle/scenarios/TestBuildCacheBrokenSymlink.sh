# source: integration-cli/docker_cli_build_test.go TestBuildCacheBrokenSymlink (a context with a dangling symlink: a new file invalidates the cache of COPY .)
# fixtures: busybox
C=$(mkctx brokensym <<'DF'

	FROM busybox
	COPY . ./
DF
)
ctxfile brokensym foo bar
ln -s /nonexistent-dir/nosuchfile "$C/asymlink"
d build -t testbuildbrokensymlink "$C"
printf foo > "$C/newfile"
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink sh -c 'readlink /asymlink; cat /foo /newfile'
