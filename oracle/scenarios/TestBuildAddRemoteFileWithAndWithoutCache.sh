# source: integration-cli/docker_cli_build_test.go TestBuildAddRemoteFileWithAndWithoutCache (ADD of a URL is cached; --no-cache rebuilds)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
serve "$TMP/srv" 18103
C=$(mkctx rc <<'DF'
FROM scratch
MAINTAINER dockerio
ADD http://127.0.0.1:18103/baz /usr/lib/baz/quux
DF
)
d build -t testbuildaddremotefilewithcache "$C"
d images -q testbuildaddremotefilewithcache
tick
d build -t testbuildaddremotefilewithcache "$C"
d images -q testbuildaddremotefilewithcache
d build --no-cache -t testbuildaddremotefilewithcache "$C"
d images -q testbuildaddremotefilewithcache
kill $SRV; wait $SRV 2>/dev/null || true
