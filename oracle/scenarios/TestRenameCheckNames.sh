# source: integration-cli/docker_cli_rename_test.go TestRenameCheckNames (moby v17.12)
# fixtures: busybox
d run --network none --name first_name -d busybox sh
d rename first_name new_name0123456789
d inspect --format '{{.Name}}' new_name0123456789
d inspect '-f={{.Name}}' --type=container first_name
