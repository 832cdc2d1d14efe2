# source: integration-cli/docker_cli_rename_test.go TestRenameRunningContainer (moby v17.12)
# fixtures: busybox
ID=$(q run --network none --name first_name -d busybox top)
d rename first_name new_name0123456789
d inspect --format '{{.Name}}' "$ID"
d ps --format '{{.Names}}'
d rm -f "$ID"
