# source: integration-cli/docker_cli_build_test.go TestBuildAddRemoteFileWithAndWithoutCache (ADD of a URL is cached; --no-cache rebuilds)
# fixtures: busybox
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
http_serve "$TMP/srv" 18103
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
