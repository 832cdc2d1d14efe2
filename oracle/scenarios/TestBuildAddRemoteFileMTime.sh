# source: integration-cli/docker_cli_build_test.go TestBuildAddRemoteFileMTime (the cache of a URL ADD ignores the file's mtime: another server with the same content hits it)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
serve "$TMP/srv" 18104
C=$(mkctx mt <<'DF'
FROM scratch
MAINTAINER dockerio
ADD http://127.0.0.1:18104/baz /usr/lib/baz/quux
DF
)
d build -t testbuildaddremotefilemtime "$C"
d build -t testbuildaddremotefilemtime2 "$C"
d images --format '{{.Repository}} {{.ID}}' testbuildaddremotefilemtime
d images --format '{{.Repository}} {{.ID}}' testbuildaddremotefilemtime2
kill $SRV; wait $SRV 2>/dev/null || true
mkdir -p "$TMP/srv2"; printf hello > "$TMP/srv2/baz"; touch -d @1600000000 "$TMP/srv2/baz"
serve "$TMP/srv2" 18105
C=$(mkctx mt2 <<'DF'
FROM scratch
MAINTAINER dockerio
ADD http://127.0.0.1:18105/baz /usr/lib/baz/quux
DF
)
d build -t testbuildaddremotefilemtime3 "$C"
d images --format '{{.Repository}} {{.ID}}' testbuildaddremotefilemtime3
kill $SRV; wait $SRV 2>/dev/null || true
