# source: integration-cli/docker_cli_rename_test.go TestRenameRunningContainerAndReuse (moby v17.12)
# fixtures: busybox
ID=$(q run -d --network none --name first_name busybox top)
d rename first_name new_name
d inspect --format '{{.Name}}' "$ID"
d run -d --network none --name first_name busybox top
d inspect --format '{{.Name}}' first_name
d ps --format '{{.Names}}'
d rm -f first_name new_name
