# source: integration-cli/docker_cli_build_test.go TestBuildAddBadLinksVolume (ADD into a VOLUME that is an absolute symlink far above / stays inside the image)
# fixtures: busybox
C=$(mkctx badlinksvol <<'DF'

		FROM busybox
		RUN ln -s /../../../../../../../../tmp/oracle-badlinksvol-target /x
		VOLUME /x
		ADD foo.txt /x/
DF
)
printf test > "$C/foo.txt"
d build -t test-link-absolute-volume "$C"
sh_d 'test -e /tmp/oracle-badlinksvol-target/foo.txt && echo written on the host || echo not on the host'
d run --rm --network none test-link-absolute-volume sh -c 'readlink /x; cat /tmp/oracle-badlinksvol-target/foo.txt'
