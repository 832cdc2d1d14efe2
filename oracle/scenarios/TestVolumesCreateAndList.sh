# source: integration/volume/volume_test.go TestVolumesCreateAndList (moby v20.10.24)
# fixtures: none
d volume create TestVolumesCreateAndList
d volume ls
sh_d "engine volume ls --format '{{.Driver}} {{.Name}} {{.Scope}} {{.Mountpoint}} {{.Labels}}' | sed 's#/[^ \"]*/volumes/#ROOT/volumes/#'"
sh_d "engine volume inspect --format '{{.Driver}} {{.Name}} {{.Scope}} {{.Mountpoint}} {{json .Labels}} {{json .Options}}' TestVolumesCreateAndList | sed 's#/[^ \"]*/volumes/#ROOT/volumes/#'"
