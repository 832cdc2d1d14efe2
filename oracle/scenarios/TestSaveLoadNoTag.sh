# source: integration-cli/docker_cli_save_load_test.go TestSaveLoadNoTag
# fixtures: busybox
C=$(mkctx notag <<'DF'
FROM busybox
ENV foo=bar
DF
)
d build -q -t saveloadnotag "$C"
sh_d 'engine save $(engine inspect --format "{{.Id}}" saveloadnotag) | engine load'
sh_d 'engine save saveloadnotag | engine load'
d images
