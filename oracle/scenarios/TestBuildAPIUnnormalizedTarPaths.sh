# source: integration-cli/docker_api_build_test.go TestBuildAPIUnnormalizedTarPaths (a context tar with dir/./file: the file's content makes the cache key)
# fixtures: busybox
mktar() {
python3 - "$1" "$2" <<'PY'
import io, sys, tarfile
df = b"FROM busybox\n\tCOPY dir /dir/"
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    i = tarfile.TarInfo("Dockerfile"); i.size = len(df); i.mode = 0o644
    t.addfile(i, io.BytesIO(df))
    data = sys.argv[2].encode()
    i = tarfile.TarInfo("dir/./file"); i.size = len(data); i.mode = 0o644
    t.addfile(i, io.BytesIO(data))
PY
}
mktar "$TMP/a.tar" abc
mktar "$TMP/b.tar" def
sh_d 'engine build - < "$TMP/a.tar"'
sh_d 'engine build - < "$TMP/b.tar"'
d images -a --format '{{.Size}}'
