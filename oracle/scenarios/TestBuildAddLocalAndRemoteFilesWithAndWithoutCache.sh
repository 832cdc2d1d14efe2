# source: integration-cli/docker_cli_build_test.go TestBuildAddLocalAndRemoteFilesWithAndWithoutCache (local and URL ADDs are cached; --no-cache rebuilds)
# fixtures: busybox
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/baz"; touch -d @1577934245 "$TMP/srv/baz"
http_serve "$TMP/srv" 18106
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
