# source: integration-cli/docker_api_build_test.go TestBuildAddRemoteNoDecompress (a tar fetched by ADD from a URL is not extracted)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
mkdir -p "$TMP/srv"
python3 - "$TMP/srv/test.tar" <<'PY'
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    i = tarfile.TarInfo("foo"); i.size = 8; i.mode = 0o600; i.mtime = 1577934245
    t.addfile(i, io.BytesIO(b"contents"))
PY
touch -d @1577934245 "$TMP/srv/test.tar"
serve "$TMP/srv" 18107
C=$(mkctx nd <<'DF'
FROM busybox
ADD http://127.0.0.1:18107/test.tar /
RUN [ -f test.tar ]
RUN ls -l /test.tar; [ ! -e /foo ]
DF
)
d build "$C"
kill $SRV; wait $SRV 2>/dev/null || true
