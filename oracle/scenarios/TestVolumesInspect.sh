# source: integration/volume/volume_test.go TestVolumesInspect (moby v20.10.24)
# fixtures: none
d volume create --label a=b inspected
sh_d "engine volume inspect inspected | sed 's#/[^ \"]*/volumes/#ROOT/volumes/#'"
sh_d "engine volume inspect --format '{{.Name}} {{.Driver}} {{.Labels}}' inspected | sed 's#/[^ \"]*/volumes/#ROOT/volumes/#'"
