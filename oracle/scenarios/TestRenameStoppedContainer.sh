# source: integration-cli/docker_cli_rename_test.go TestRenameStoppedContainer (moby v17.12)
# fixtures: busybox
ID=$(q run --network none --name first_name -d busybox sh)
d wait "$ID"
d inspect --format '{{.Name}}' "$ID"
d rename first_name new_name0123456789
d inspect --format '{{.Name}}' "$ID"
