# source: Dockerfile reference (ADD auto-extracts local tar, gzip, bzip2 and xz archives; COPY does not; --chown)
# fixtures: busybox
# store: disk
C=$(mkctx add <<'DF'
FROM busybox
ADD plain.tar /plain/
ADD comp.tar.gz /gz
ADD comp.tar.bz2 /bz2/
ADD comp.tar.xz /xz/
ADD notar.gz /notar/
COPY comp.tar.gz /copied/
ADD --chown=1000:1000 f /chown-num/
COPY --chown=nobody:nogroup f /chown-name
COPY --chown=65534 d /chown-dir
ADD --chown=1:2 plain.tar /chown-tar/
DF
)
mkdir -p "$TMP/src/t/sub"
printf 'one\n' > "$TMP/src/t/one"
printf 'two\n' > "$TMP/src/t/sub/two"
tar -C "$TMP/src" --owner=5 --group=6 --numeric-owner --mtime='2020-01-01 00:00:00' --sort=name -cf "$C/plain.tar" t
gzip -n -c "$C/plain.tar" > "$C/comp.tar.gz"
bzip2 -c "$C/plain.tar" > "$C/comp.tar.bz2"
xz -c "$C/plain.tar" > "$C/comp.tar.xz"
printf 'not a tar' | gzip -n > "$C/notar.gz"
ctxfile add f 'file'
ctxfile add d/inner 'inner'
d build -t add "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}} {{.Size}}' add | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
sh_d "engine run --rm --network none add sh -c 'ls -lnR /plain /gz /bz2 /xz /notar /copied /chown-num /chown-name /chown-dir /chown-tar ' | awk '{print \$1, \$3, \$4, \$5, \$NF}'"
C=$(mkctx chownbad <<'DF'
FROM busybox
COPY --chown=nosuchuser f /f
DF
)
ctxfile chownbad f 'file'
d build "$C"
C=$(mkctx chownbad2 <<'DF'
FROM busybox
COPY --chown=0:nosuchgroup f /f
DF
)
ctxfile chownbad2 f 'file'
d build "$C"
