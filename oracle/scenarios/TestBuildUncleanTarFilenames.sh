# source: integration/build/build_test.go TestBuildUncleanTarFilenames (context tar entries named ../foo and /bar are cleaned to foo and bar; changed content is no cache hit)
# fixtures: none
mk() {
python3 - "$TMP/ctx$1.tar" "$1" <<'PY'
import sys, tarfile, io
df = b"FROM scratch\nCOPY foo /\nFROM scratch\nCOPY bar /"
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    for name, data in (("Dockerfile", df), ("../foo", b"foocontents" + sys.argv[2].encode()), ("/bar", b"barcontents" + sys.argv[2].encode())):
        ti = tarfile.TarInfo("x"); ti.name = name; ti.size = len(data); ti.mode = 0o600; ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
PY
}
mk 0
mk 1
sh_d 'engine build --rm --force-rm -t unclean:0 - < $TMP/ctx0.tar'
sh_d 'engine build --rm --force-rm -t unclean:1 - < $TMP/ctx1.tar'
sh_d 'c=$(engine create unclean:0 x); engine cp $c:/bar - | tar -xO; echo; engine rm $c >/dev/null'
sh_d 'c=$(engine create unclean:1 x); engine cp $c:/bar - | tar -xO; echo; engine rm $c >/dev/null'
d history --format '{{.Size}}|{{.CreatedBy}}' unclean:1
