# source: moby builder/dockerfile/copy.go (file:/dir:/multi: content hashes in the step's Cmd; cache hit on same content, miss on change)
# fixtures: busybox
# store: disk
C=$(mkctx copy <<'DF'
FROM busybox
COPY f.txt /f
COPY d /d
COPY f.txt d /m/
COPY lnk /l
COPY *.txt /t/
COPY d/sub/* /w/
COPY . /all
DF
)
ctxfile copy f.txt 'hello
'
ctxfile copy g.txt 'gee'
ctxfile copy d/a 'x'
ctxfile copy d/sub/b 'yy'
ln -s f.txt "$C/lnk"
chmod 600 "$C/g.txt"
d build -t copy:1 "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}} {{.Size}}' copy:1 | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
sh_d "engine run --rm --network none copy:1 sh -c 'cat /f /l /m/f.txt /m/a /t/g.txt /w/b; ls -lnR /d /m /t /w /all' | awk '{print \$1, \$3, \$4, \$5, \$NF}'"
touch -d '2001-02-03 04:05:06' "$C/f.txt" "$C/d/a"
d build -t copy:2 "$C"
printf 'changed' > "$C/d/sub/b"
d build -t copy:3 "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' copy:3 | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
chmod 700 "$C/f.txt"
d build -q -t copy:4 "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' copy:4 | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
