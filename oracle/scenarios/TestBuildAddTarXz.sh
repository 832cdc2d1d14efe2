# source: integration-cli/docker_cli_build_test.go TestBuildAddTarXz (ADD extracts an xz-compressed tar)
# fixtures: busybox
C=$(mkctx tarxz <<'DF'

			FROM busybox
			ADD test.tar.xz /
			RUN cat /test/foo | grep Hi
DF
)
python3 - "$C/test.tar" <<'PY'
import sys, tarfile, io
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    ti = tarfile.TarInfo("test/foo"); ti.size = 2; ti.mode = 0; ti.mtime = 0
    t.addfile(ti, io.BytesIO(b"Hi"))
PY
xz -k "$C/test.tar"
d build -t testbuildaddtarxz "$C"
