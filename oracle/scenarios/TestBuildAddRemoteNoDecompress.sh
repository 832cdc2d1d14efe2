# source: integration-cli/docker_api_build_test.go TestBuildAddRemoteNoDecompress (a tar fetched by ADD from a URL is not extracted)
# fixtures: busybox
mkdir -p "$TMP/srv"
python3 - "$TMP/srv/test.tar" <<'PY'
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    i = tarfile.TarInfo("foo"); i.size = 8; i.mode = 0o600; i.mtime = 1577934245
    t.addfile(i, io.BytesIO(b"contents"))
PY
touch -d @1577934245 "$TMP/srv/test.tar"
http_serve "$TMP/srv" 18107
C=$(mkctx nd <<'DF'
FROM busybox
ADD http://127.0.0.1:18107/test.tar /
RUN [ -f test.tar ]
RUN ls -l /test.tar; [ ! -e /foo ]
DF
)
d build "$C"
