# source: daemon-semantics §8.1, §8.3 (one image with two tags, two images with a parent link, untagged -> Loaded image ID)
# fixtures: none
d load -i "$FIX/labeled.tar"
d load -i "$FIX/family.tar"
d load -i "$FIX/ambiguous.tar"
d load -i "$FIX/untagged.tar"
d load -i "$FIX/untagged.tar"
d images -a
d image inspect --format '{{.Id}} {{.Parent}}' child
note 'save several images and load them back (manifest order is Go map order: sorted)'
d save -o "$TMP/all.tar" labeled:v1 amb:one busybox
sh_d 'tar -xOf all.tar manifest.json | python3 -c "import json,sys; print(sorted(json.dumps(e, sort_keys=True) for e in json.load(sys.stdin)))"'
d rmi -f labeled:latest labeled:v1 amb:one
dsort load -i "$TMP/all.tar"
d images
note 'save by ID: no tags recorded, load reports the image ID'
d save -o "$TMP/byid.tar" "${FIX_TWOLAYER_ID:7:12}"
d load -i "$FIX/twolayer.tar"
d save -o "$TMP/byid.tar" "${FIX_TWOLAYER_ID:7:12}"
sh_d 'tar -xOf byid.tar manifest.json; echo; tar tf byid.tar | grep -c repositories'
d rmi twolayer
d load -i "$TMP/byid.tar"
d images -a
