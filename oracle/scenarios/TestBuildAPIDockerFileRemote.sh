# source: integration-cli/docker_api_build_test.go TestBuildAPIDockerFileRemote (a Dockerfile at a URL: the context holds only it)
# fixtures: busybox
serve() { (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) & SRV=$!; for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$2) 2>/dev/null && break; sleep 0.1; done; }
# mktar FILE NAME=CONTENT...: a tar as Go's tar.Writer writes it for the upstream test (mode 0644)
mktar() {
python3 - "$@" <<'PY'
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    for arg in sys.argv[2:]:
        name, data = arg.split("=", 1)
        data = data.encode()
        i = tarfile.TarInfo(name); i.size = len(data); i.mode = 0o644
        t.addfile(i, io.BytesIO(data))
PY
}
mkdir -p "$TMP/srv"
printf "FROM busybox\nRUN find / -xdev -name ba*\nRUN find /tmp/\n" > "$TMP/srv/testD"
serve "$TMP/srv" 18116
d build -f baz http://127.0.0.1:18116/testD
d build http://127.0.0.1:18116/testD
kill $SRV; wait $SRV 2>/dev/null || true
