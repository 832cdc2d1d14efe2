# source: daemon-semantics §8, cli-format §6.17-6.18 (save -o / stdout, load -i / stdin, -q, same IDs after the round trip)
# fixtures: busybox twolayer
d save -o "$TMP/bb.tar" busybox
sh_d 'ls -l bb.tar | cut -d" " -f1,5'
sh_d 'engine save twolayer > tw.tar; tar tf tw.tar | sed -E "s#^[0-9a-f]{64}/#<layerdir>/#" | sort'
sh_d 'tar -xOf tw.tar manifest.json; echo; tar -xOf tw.tar repositories; echo'
d rmi busybox twolayer
d images -a
d load -i "$TMP/bb.tar"
sh_d 'engine load < tw.tar'
d images --no-trunc
d rmi twolayer
d load -q -i "$TMP/tw.tar"
sh_d 'engine image load --quiet < tw.tar'
d history twolayer
d image inspect --format '{{.Id}} {{.RepoTags}} {{.Created}} {{.Size}}' twolayer busybox
