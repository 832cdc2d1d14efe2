# source: integration-cli/docker_cli_build_test.go TestBuildAddRemoteFileMTime (the cache of a URL ADD ignores the file's mtime: another server with the same content hits it)
# fixtures: busybox
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
http_serve "$TMP/srv" 18104
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
mkdir -p "$TMP/srv2"; printf hello > "$TMP/srv2/baz"; touch -d @1600000000 "$TMP/srv2/baz"
http_serve "$TMP/srv2" 18105
C=$(mkctx mt2 <<'DF'
FROM scratch
MAINTAINER dockerio
ADD http://127.0.0.1:18105/baz /usr/lib/baz/quux
DF
)
d build -t testbuildaddremotefilemtime3 "$C"
d images --format '{{.Repository}} {{.ID}}' testbuildaddremotefilemtime3
