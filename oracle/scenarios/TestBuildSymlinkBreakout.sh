# source: integration-cli/docker_cli_build_test.go TestBuildSymlinkBreakout (ADD through a chain of symlinks out of / stays inside the image)
# fixtures: busybox
C=$(mkctx breakout <<'DF'

	from busybox
	add symlink.tar /
	add inject /symlink/
	
DF
)
: > "$C/inject"
mkdir -p "$TMP/tarsrc"
ln -s /../../../../../../../../../../../../../../ "$TMP/tarsrc/symlink2"
ln -s symlink2/tmp/oracle-breakout-target "$TMP/tarsrc/symlink"
tar -C "$TMP/tarsrc" --owner=0 --group=0 --numeric-owner --mtime='2020-01-01 00:00:00' -cf "$C/symlink.tar" symlink2 symlink
mkdir -p /tmp/oracle-breakout-target
d build --no-cache -t testbuildsymlinkbreakout "$C"
sh_d 'test -e /tmp/oracle-breakout-target/inject && echo injected on the host || echo not on the host'
rmdir /tmp/oracle-breakout-target 2>/dev/null
d run --rm --network none testbuildsymlinkbreakout sh -c 'readlink /symlink2; readlink /symlink; find /tmp | sort'
