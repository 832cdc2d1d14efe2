# source: integration-cli/docker_cli_volume_test.go TestDuplicateMountpointsForVolumesFrom
# fixtures: busybox
CTX=$(mkctx v <<'DF'
FROM busybox
VOLUME ["/tmp/data"]
DF
)
q build -t vimage "$CTX" >/dev/null
d run --network none --name=data1 vimage true
d run --network none --name=data2 vimage true
D1=$(q inspect --format '{{(index .Mounts 0).Name}}' data1)
D2=$(q inspect --format '{{(index .Mounts 0).Name}}' data2)
d volume ls -q
d run --network none --name=app --volumes-from=data1 --volumes-from=data2 -d busybox top
export D1 D2
sh_d 'N=$(engine inspect --format "{{(index .Mounts 0).Name}}" app); [ "$N" = "$D2" ] && echo data2 || echo "not data2: $N"'
d inspect --format '{{len .Mounts}} {{json .HostConfig.VolumesFrom}}' app
d rm -f -v app
d rm -f -v data1
d rm -f -v data2
d volume ls -q
