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
d create --network none "wrongimage:${ID#sha256:}"
d ps -a --format '{{.Names}} {{.Image}}'
