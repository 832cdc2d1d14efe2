# source: integration-cli/docker_cli_create_test.go TestCreate64ByteHexID
# fixtures: busybox
d create --network none --name c1 "${FIX_BUSYBOX_ID#sha256:}"
d ps -a --format '{{.Names}} {{.Image}}'
