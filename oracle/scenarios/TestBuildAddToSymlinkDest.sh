# source: integration-cli/docker_cli_build_test.go TestBuildAddToSymlinkDest (ADD into a destination that is a symlink to a directory follows it)
# fixtures: busybox
C=$(mkctx symdest <<'DF'

		FROM busybox
		RUN sh -c "mkdir /foo"
		RUN ln -s /foo /bar
		ADD foo /bar/
		RUN sh -c "[ -f /bar/foo ]"
		RUN sh -c "[ -f /foo/foo ]"
DF
)
ctxfile symdest foo hello
d build -t testbuildaddtosymlinkdest "$C"
d run --rm --network none testbuildaddtosymlinkdest sh -c 'readlink /bar; find /foo | sort; cat /foo/foo'
