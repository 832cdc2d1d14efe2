# source: daemon-semantics §8.1 (name = all tags of the repository, name:tag, ID, union of tags, error texts)
# fixtures: busybox labeled
d tag busybox app:1
d tag busybox app:2
d tag labeled:v1 app:3
d save -o "$TMP/repo.tar" app
sh_d 'tar -xOf repo.tar manifest.json | python3 -c "import json,sys; print(sorted((e[\"Config\"], e[\"RepoTags\"]) for e in json.load(sys.stdin)))"'
sh_d 'tar -xOf repo.tar repositories | python3 -c "import json,sys; d=json.load(sys.stdin); print({k: sorted(v) for k, v in d.items()})"'
d save -o "$TMP/union.tar" app:1 "${FIX_BUSYBOX_ID:7:12}" busybox app:1
sh_d 'tar -xOf union.tar manifest.json | python3 -c "import json,sys; print([(e[\"Config\"], e[\"RepoTags\"]) for e in json.load(sys.stdin)])"'
note 'errors; the output file is not created'
d save -o "$TMP/x.tar" nosuch
d save -o "$TMP/x.tar" nosuch:1
d save -o "$TMP/x.tar" busybox nosuch:1
note 'a full ID that does not exist: the daemon error names its own store path (exit status only)'
sh_d 'engine save -o x.tar sha256:0000000000000000000000000000000000000000000000000000000000000000 >/dev/null 2>&1'
d save -o "$TMP/x.tar" Nosuch
sh_d 'ls x.tar'
d save
d save -o "$TMP/nodir/x.tar" busybox
d image save -o "$TMP/ok.tar" "sha256:${FIX_BUSYBOX_ID:7:4}"
sh_d 'tar -xOf ok.tar manifest.json; echo'
