# source: integration-cli/docker_cli_create_test.go TestCreateByImageID
# fixtures: busybox
CTX=$(mkctx m <<'DF'
FROM busybox
MAINTAINER dockerio
DF
)
q build -t testcreatebyimageid "$CTX" >/dev/null
ID=$(q inspect --format '{{.Id}}' testcreatebyimageid)
d create --network none --name c1 "$ID"
d create --network none --name c2 "${ID:7:12}"
d create --network none "testcreatebyimageid:$ID"
# upstream asserts "Unable to find image"; the daemon's next line (a registry lookup) depends on the network
export WRONG="wrongimage:${ID#sha256:}"
sh_d 'engine create --network none "$WRONG" 2>&1 | sed -n 1p'
d ps -a --format '{{.Names}} {{.Image}}'
