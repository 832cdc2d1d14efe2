# source: integration-cli/docker_cli_build_test.go TestBuildAddTarXzGz (a gzipped xz tar is decompressed once only: gzip, then an xz stream that is no tar, so the file is copied as is)
# fixtures: busybox
C=$(mkctx tarxzgz <<'DF'

			FROM busybox
			ADD test.tar.xz.gz /
			RUN ls /test.tar.xz.gz
DF
)
python3 - "$C/test.tar" <<'PY'
import sys, tarfile, io
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    ti = tarfile.TarInfo("test/foo"); ti.size = 2; ti.mode = 0; ti.mtime = 0
    t.addfile(ti, io.BytesIO(b"Hi"))
PY
xz -k "$C/test.tar"
gzip -n "$C/test.tar.xz"
d build -t testbuildaddtarxzgz "$C"
d run --rm --network none testbuildaddtarxzgz sh -c 'ls /test /test.tar.xz.gz'
