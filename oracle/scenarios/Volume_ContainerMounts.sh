# source: daemon 20.10 mount parsing (volume/mounts linux parser), docker CLI 28 -v/--mount client side
# fixtures: busybox
MASK='s#/[^"]*/volumes/#<ROOT>/volumes/#g'
mkdir -p "$TMP/host"
d create --name n1 --network none -v named1:/a busybox
sh_d "engine inspect -f '{{json .Mounts}}' n1 | sed '$MASK'"
d inspect -f '{{json .HostConfig.Binds}} {{json .Config.Volumes}}' n1
d create --name n2 --network none -v named2:/b:ro busybox
sh_d "engine inspect -f '{{json .Mounts}}' n2 | sed '$MASK'"
d create --name n3 --network none -v "$TMP/host:/c" busybox
d inspect -f '{{json .Mounts}} {{json .HostConfig.Binds}}' n3
d create --name n4 --network none -v "$TMP/host:/d:ro,rshared" busybox
d inspect -f '{{json .Mounts}}' n4
d create --name n5 --network none -v /e busybox
sh_d "engine inspect -f '{{json .Mounts}}' n5 | sed '$MASK'"
d inspect -f '{{json .HostConfig.Binds}} {{json .Config.Volumes}}' n5
d create --name n6 --network none --mount type=volume,src=named3,dst=/f busybox
sh_d "engine inspect -f '{{json .Mounts}} {{json .HostConfig.Mounts}}' n6 | sed '$MASK'"
d create --name n7 --network none --mount type=volume,dst=/g busybox
sh_d "engine inspect -f '{{json .Mounts}}' n7 | sed '$MASK'"
d create --name n8 --network none --mount "type=bind,src=$TMP/host,dst=/h,readonly" busybox
d inspect -f '{{json .Mounts}}' n8
d create --name n9 --network none -v named4:/x:rw,nocopy busybox
d inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{end}}' n9
d create --name n10 --network none -v "$TMP/host:/y" -v named5:/z busybox
d inspect -f '{{len .Mounts}}' n10
d ps -a -f name=n[1-9]$ --format '{{.Names}} {{.Mounts}} {{.LocalVolumes}}'
d ps -a -f name=n[1-9]$ --no-trunc --format '{{.Names}} {{.Mounts}} {{.LocalVolumes}}'
d ps -a -f name=n10 --format '{{.Names}} {{.LocalVolumes}}'
d ps -a -f volume=named1 --format '{{.Names}}'
d ps -a -f volume=/c --format '{{.Names}}'
d ps -a -f volume=/c -f volume=named2 --format '{{.Names}}'
d ps -a -f "volume=$TMP/host" --format '{{.Names}}'
d ps -a -f volume=nothing --format '{{.Names}}'
d create --network none -v 'bad name:/x' busybox
d create --network none -v 'ab:/x:rw,ro' busybox
d create --network none -v '/x:/y:bogus' busybox
d create --network none -v 'ab:x' busybox
d create --network none -v 'ab:/' busybox
d create --network none -v ':/x' busybox
d create --network none -v '' busybox
d create --network none -v 'a:b:c:d' busybox
d create --network none -v 'ab:/x:ro:extra' busybox
d create --network none -v '/x:ro' busybox
d create --network none -v "$TMP/host:/x:nocopy" busybox
d create --network none -v 'ab:/x:rprivate' busybox
d create --network none -v /x:/y -v /z:/y busybox
d create --network none --mount type=volume,src=/abs,dst=/x busybox
d create --network none --mount type=bogus,dst=/x busybox
d create --network none --mount src=v,dst=/x busybox
d create --network none --mount type=volume busybox
d create --network none --mount type=volume,dst=/x,readonly busybox
d create --network none --mount type=bind,src=/nonexist-src,dst=/x busybox
d create --network none --mount type=volume,src=ab,dst=x busybox
d create --network none --mount type=volume,bogus=1,dst=/x busybox
d create --network none --mount type=bind,src=/tmp,dst=/x,volume-nocopy busybox
d create --network none --mount type=volume,src=ab,dst=/x,bind-propagation=shared busybox
d volume ls -q -f name=named
sh_d 'engine volume ls -q | wc -l'
d rm n1 n2 n3 n4 n6 n8 n9 n10
d volume ls -q -f name=named -f dangling=true
sh_d 'engine volume ls -q | wc -l'
d rm -v n7
d rm n5
d volume ls -q -f dangling=true
