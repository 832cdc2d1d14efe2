# source: integration-cli/docker_cli_build_test.go TestBuildAddLocalAndRemoteFilesWithAndWithoutCache (local and URL ADDs are cached; --no-cache rebuilds)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
serve "$TMP/srv" 18106
C=$(mkctx lr <<'DF'
FROM scratch
MAINTAINER dockerio
ADD foo /usr/lib/bla/bar
ADD http://127.0.0.1:18106/baz /usr/lib/baz/quux
DF
)
ctxfile lr foo 'hello world'
d build -t testbuildaddlocalandremotefilewithcache "$C"
d images -q testbuildaddlocalandremotefilewithcache
tick
d build -t testbuildaddlocalandremotefilewithcache "$C"
d images -q testbuildaddlocalandremotefilewithcache
d build --no-cache -t testbuildaddlocalandremotefilewithcache "$C"
d images -q testbuildaddlocalandremotefilewithcache
kill $SRV; wait $SRV 2>/dev/null || true
