# source: integration-cli/docker_cli_build_test.go TestBuildFromRemoteTarball (a tar at a URL as the context)
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
mktar "$TMP/srv/testT.tar" "Dockerfile=FROM busybox
MAINTAINER docker"
serve "$TMP/srv" 18113
d build -t testbuildfromremotetarball http://127.0.0.1:18113/testT.tar
d inspect --format "{{.Author}}" testbuildfromremotetarball
d build -t testbuildfromremotetarball http://127.0.0.1:18113/missing.tar
kill $SRV; wait $SRV 2>/dev/null || true
