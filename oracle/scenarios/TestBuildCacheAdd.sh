# source: integration-cli/docker_cli_build_test.go TestBuildCacheAdd (ADD of a different URL does not use the cache)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/robots.txt"; printf world > "$TMP/srv/index.html"
touch -d @1577934245 "$TMP/srv/robots.txt" "$TMP/srv/index.html"
serve "$TMP/srv" 18101
C=$(mkctx one <<'DF'
FROM scratch
ADD http://127.0.0.1:18101/robots.txt /
DF
)
d build -t testbuildtwoimageswithadd "$C"
C=$(mkctx two <<'DF'
FROM scratch
ADD http://127.0.0.1:18101/index.html /
DF
)
d build -t testbuildtwoimageswithadd "$C"
d history --format '{{.CreatedBy}} {{.Size}}' testbuildtwoimageswithadd
kill $SRV; wait $SRV 2>/dev/null || true
