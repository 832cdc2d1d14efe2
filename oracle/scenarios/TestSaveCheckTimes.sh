# source: integration-cli/docker_cli_save_load_test.go TestSaveCheckTimes
# fixtures: busybox
d inspect --format '{{.Id}} {{.Created}}' busybox:latest
sh_d "engine save busybox:latest | tar tv | grep -E '2020-01-01 00:00 ${FIX_BUSYBOX_ID#sha256:}'"
