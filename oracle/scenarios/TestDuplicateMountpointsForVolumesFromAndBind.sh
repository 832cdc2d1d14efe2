# source: integration-cli/docker_cli_volume_test.go TestDuplicateMountpointsForVolumesFromAndBind
# fixtures: busybox
CTX=$(mkctx v <<'DF'
FROM busybox
VOLUME ["/tmp/data"]
DF
)
q build -t vimage "$CTX" >/dev/null
mkdir -p "$TMP/data"
d run --network none --name=data1 vimage true
d run --network none --name=data2 vimage true
d volume ls -q
d run --network none --name=app --volumes-from=data1 --volumes-from=data2 -v "$TMP/data:/tmp/data" -d busybox top
d inspect --format '{{(index .Mounts 0).Name}}|{{(index .Mounts 0).Type}}|{{len .Mounts}}' app
d rm -f -v app
d rm -f -v data1
d rm -f -v data2
d volume ls -q
