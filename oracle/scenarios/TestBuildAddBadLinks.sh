# source: integration-cli/docker_cli_build_test.go TestBuildAddBadLinks (ADD through an absolute symlink pointing far above / stays inside the image)
# fixtures: busybox
C=$(mkctx badlinks <<'DF'

		FROM scratch
		ADD links.tar /
		ADD foo.txt /symlink/
		
DF
)
mkdir -p "$TMP/tarsrc"
ln -s /../../../../../../../../../../../../tmp/oracle-badlinks-target "$TMP/tarsrc/symlink"
tar -C "$TMP/tarsrc" --owner=0 --group=0 --numeric-owner --mtime='2020-01-01 00:00:00' -cf "$C/links.tar" symlink
printf test > "$C/foo.txt"
d build -t test-link-absolute "$C"
sh_d 'test -e /tmp/oracle-badlinks-target/foo.txt && echo written on the host || echo not on the host'
sh_dsort 'engine save test-link-absolute | tar -xOf - --wildcards "*/layer.tar" | tar -tvif - | awk "{\$4=\"\"; \$5=\"\"; print}"'
