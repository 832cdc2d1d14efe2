# source: integration/volume/volume_test.go TestVolumesRemove (moby v20.10.24)
# fixtures: busybox
d create --network none --name holder -v /foo busybox
vname=$(q inspect -f '{{(index .Mounts 0).Name}}' holder)
sh_d "engine volume rm $vname 2>&1 | sed 's/$vname/VOLUME/'"
d rm holder
sh_d "engine volume rm $vname | sed 's/$vname/VOLUME/'"
sh_d 'engine volume ls -q | wc -l'
