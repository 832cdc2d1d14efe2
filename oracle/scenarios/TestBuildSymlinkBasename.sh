# source: integration-cli/docker_cli_build_test.go TestBuildSymlinkBasename (COPY of a symlink keeps the symlink's name for the copied file)
# fixtures: busybox
C=$(mkctx symbase <<'DF'

	FROM busybox
	COPY asymlink /
DF
)
ctxfile symbase foo bar
ln -s foo "$C/asymlink"
d build -t testbuildbrokensymlink "$C"
d run --rm --network none testbuildbrokensymlink sh -c 'cat asymlink; ls -d /foo; test -L /asymlink && echo link || echo file'
