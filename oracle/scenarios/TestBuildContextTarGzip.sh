# source: integration-cli/docker_cli_build_test.go TestBuildContextTarGzip (build context given on stdin as a gzipped tar)
# fixtures: busybox
C=$(mkctx ctxtar <<'DF'
FROM busybox
ADD foo /foo
CMD ["cat", "/foo"]
DF
)
ctxfile ctxtar foo bar
sh_d "cd '$C' && tar -cf '$TMP/ctx.tar' --mtime='2020-01-01 00:00:00' --owner=0 --group=0 --numeric-owner --sort=name Dockerfile foo && gzip -n '$TMP/ctx.tar' && mv '$TMP/ctx.tar.gz' '$TMP/ctx.tar'"
sh_d "engine build -t contexttar - < '$TMP/ctx.tar'"
d run --rm --network none contexttar
