# source: integration-cli/docker_cli_build_test.go TestBuildCacheAdd (ADD of a different URL does not use the cache)
# fixtures: busybox
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/robots.txt"; printf world > "$TMP/srv/index.html"
touch -d @1577934245 "$TMP/srv/robots.txt" "$TMP/srv/index.html"
http_serve "$TMP/srv" 18101
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
