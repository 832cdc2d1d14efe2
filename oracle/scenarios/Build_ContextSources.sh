# source: docker build reference (context from stdin as tar or gzip, Dockerfile from stdin, -f inside/outside the context, .dockerignore)
# fixtures: busybox
C=$(mkctx ctx <<'DF'
FROM busybox
COPY . /ctx
RUN find /ctx | sort
DF
)
ctxfile ctx keep.txt keep
ctxfile ctx skip.log skip
ctxfile ctx logs/keep.log keeplog
ctxfile ctx logs/a.log alog
ctxfile ctx deep/x/y/z.tmp z
ctxfile ctx deep/x/y/ok ok
ctxfile ctx sub/Dockerfile.alt 'FROM busybox
COPY keep.txt /k
RUN cat /k
'
cat > "$C/.dockerignore" <<'IG'
# comment
*.log
!logs/keep.log
**/*.tmp
sub/../skip.*
IG
d build -t ctx1 "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' ctx1 | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d build -f sub/Dockerfile.alt "$C"
d build -f "$C/sub/Dockerfile.alt" "$C"
cp "$C/sub/Dockerfile.alt" "$TMP/Outside.df"
d build -f "$TMP/Outside.df" -t outside "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' outside | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
sh_d "cd '$C' && tar -cf '$TMP/ctx.tar' --mtime='2020-01-01 00:00:00' --owner=0 --group=0 --numeric-owner --sort=name Dockerfile keep.txt && engine build -t fromtar - < '$TMP/ctx.tar'"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' fromtar | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
sh_d "gzip -n -c '$TMP/ctx.tar' > '$TMP/ctx.tgz' && engine build - < '$TMP/ctx.tgz'"
sh_d "printf 'FROM busybox\nRUN echo from-stdin\n' | engine build -t stdindf -"
sh_d "printf 'FROM busybox\nCOPY keep.txt /k\n' | engine build -f - -t stdindf2 '$C'"
sh_d "cd '$C' && tar -cf '$TMP/alt.tar' --owner=0 --group=0 --numeric-owner Dockerfile sub keep.txt && engine build -f sub/Dockerfile.alt - < '$TMP/alt.tar'"
sh_d "cd '$C' && tar -cf '$TMP/nodf.tar' keep.txt && engine build - < '$TMP/nodf.tar'"
