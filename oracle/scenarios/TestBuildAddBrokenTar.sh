# source: integration-cli/docker_cli_build_test.go TestBuildAddBrokenTar (ADD of a tar truncated by one byte fails)
# fixtures: busybox
C=$(mkctx brokentar <<'DF'

FROM busybox
ADD test.tar /
DF
)
python3 - "$C/test.tar" <<'PY'
import sys, tarfile, io
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    ti = tarfile.TarInfo("test/foo"); ti.size = 2; ti.mode = 0; ti.mtime = 0
    t.addfile(ti, io.BytesIO(b"Hi"))
PY
truncate -s -1 "$C/test.tar"
d build -t testbuildaddbrokentar "$C"
