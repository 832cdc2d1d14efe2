# source: integration-cli/docker_cli_volume_test.go TestDuplicateMountpointsForVolumesFromAndMounts
# fixtures: busybox
mkctx vimage <<'DF' >/dev/null
FROM busybox
VOLUME ["/tmp/data"]
DF
sh_d 'engine build -q -t vimage $TMP/vimage >/dev/null; echo built $?'
d run --name=data1 vimage true
d run --name=data2 vimage true
sh_d '[ "$(engine volume ls -q | wc -l)" = 2 ] && echo two volumes'
sh_d 'mkdir -p $TMP/data'
d create --name app --volumes-from data1 --volumes-from data2 --mount type=bind,source=$TMP/data,target=/tmp/data busybox top
sh_d 'engine inspect --format "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{end}}" app | sed "s#$TMP#TMP#"'
d rm -f -v app
d rm -f -v data1
d rm -f -v data2
d volume ls -q
