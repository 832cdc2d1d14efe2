# source: integration-cli/docker_cli_build_test.go TestBuildAddTar (ADD of a local tar extracts it into /, a new path, a new dir/, an existing dir; a path ending in .tar is a directory)
# fixtures: busybox
C=$(mkctx addtar <<'DF'

FROM busybox
ADD test.tar /
RUN cat /test/foo | grep Hi
ADD test.tar /test.tar
RUN cat /test.tar/test/foo | grep Hi
ADD test.tar /unlikely-to-exist
RUN cat /unlikely-to-exist/test/foo | grep Hi
ADD test.tar /unlikely-to-exist-trailing-slash/
RUN cat /unlikely-to-exist-trailing-slash/test/foo | grep Hi
RUN sh -c "mkdir /existing-directory" #sh -c is needed on Windows to use the correct mkdir
ADD test.tar /existing-directory
RUN cat /existing-directory/test/foo | grep Hi
ADD test.tar /existing-directory-trailing-slash/
RUN cat /existing-directory-trailing-slash/test/foo | grep Hi
DF
)
python3 - "$C/test.tar" <<'PY'
import sys, tarfile, io
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    ti = tarfile.TarInfo("test/foo"); ti.size = 2; ti.mode = 0; ti.mtime = 0
    t.addfile(ti, io.BytesIO(b"Hi"))
PY
d build -t testbuildaddtar "$C"
d run --rm --network none testbuildaddtar sh -c 'stat -c "%a %u:%g %n" /test /test/foo /test.tar /test.tar/test/foo /unlikely-to-exist/test/foo /existing-directory-trailing-slash/test'
