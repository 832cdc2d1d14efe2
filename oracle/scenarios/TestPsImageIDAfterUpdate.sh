# source: integration-cli/docker_cli_ps_test.go TestPsImageIDAfterUpdate
# fixtures: busybox
d tag busybox:latest busybox:TestPsImageIDAfterUpdate-original
d run -d --network none --name c1 busybox:TestPsImageIDAfterUpdate-original top
d ps --no-trunc --format '{{.Names}} {{.Image}}'
q commit c1 busybox:TestPsImageIDAfterUpdate-updated >/dev/null
d tag busybox:TestPsImageIDAfterUpdate-updated busybox:TestPsImageIDAfterUpdate-original
d ps --no-trunc --format '{{.Names}} {{.Image}}'
d ps --format '{{.Names}} {{.Image}}'
d rm -f c1
