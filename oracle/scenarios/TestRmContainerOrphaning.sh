# source: integration-cli/docker_cli_rm_test.go TestRmContainerOrphaning (moby v17.12)
# fixtures: busybox
CTX=$(mkctx a <<'DF'
FROM busybox:latest
ENTRYPOINT ["true"]
DF
)
q build -t test-container-orphaning "$CTX" >/dev/null
IMG1=$(q inspect -f '{{.Id}}' test-container-orphaning)
d run --network none --name c1 test-container-orphaning
tick
CTX=$(mkctx b <<'DF'
FROM busybox:latest
ENTRYPOINT ["true"]
MAINTAINER Integration Tests
DF
)
q build -t test-container-orphaning "$CTX" >/dev/null
d rmi test-container-orphaning
export IMG1
sh_d 'engine images -q --no-trunc | grep -c "$IMG1"'
d ps -a --format '{{.Names}} {{.Image}}'
