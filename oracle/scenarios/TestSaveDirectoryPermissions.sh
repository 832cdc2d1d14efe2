# source: integration-cli/docker_cli_save_load_test.go TestSaveDirectoryPermissions
# fixtures: busybox
C=$(mkctx perms <<'DF'
FROM busybox
	RUN adduser -D user && mkdir -p /opt/a/b && chown -R user:user /opt/a
	RUN touch /opt/a/b/c && chown user:user /opt/a/b/c
DF
)
d build -q -t save-directory-permissions "$C"
mkdir -p "$TMP/x"
cat >"$TMP/layers.py" <<'PY'
import json, sys, tarfile
manifest = json.load(open(sys.argv[1] + "/manifest.json"))
for i, layer in enumerate(manifest[0]["Layers"]):
    with tarfile.open(sys.argv[1] + "/" + layer) as t:
        members = t.getmembers()
        if i == 0:
            print("layer 0: %d entries" % len(members))
            continue
        print("layer %d:" % i)
        for m in members:
            if "dev/" in m.name:
                continue
            print("  %s %o %d:%d %s" % (m.name, m.mode, m.uid, m.gid, "dir" if m.isdir() else "file"))
PY
sh_d 'engine save save-directory-permissions | tar -xf - -C x && python3 layers.py x'
