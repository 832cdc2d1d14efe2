# source: integration-cli/docker_cli_inspect_test.go TestInspectByPrefix
# fixtures: busybox
d inspect --format '{{.Id}}' busybox
ID=$(q inspect --format '{{.Id}}' busybox)
d inspect --format '{{.Id}}' "${ID:0:12}"
HEX=${ID#sha256:}
d inspect --format '{{.Id}}' "${HEX:0:12}"
