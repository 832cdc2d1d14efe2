# source: integration-cli/docker_cli_ps_test.go TestPsRightTagName
# fixtures: busybox
d tag busybox asybox:shmatest
d run -d --network none --name id1 busybox top
d run -d --network none --name id2 asybox:shmatest top
d run -d --network none --name id3 "$FIX_BUSYBOX_ID" top
d ps --no-trunc --format '{{.Names}} {{.Image}}'
d ps --format '{{.Names}} {{.Image}}'
d rm -f id1 id2 id3
