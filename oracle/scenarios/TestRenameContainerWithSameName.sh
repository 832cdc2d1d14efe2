# source: integration-cli/docker_cli_rename_test.go TestRenameContainerWithSameName (moby v17.12)
# fixtures: busybox
ID=$(q run -d --network none --name old busybox top)
d rename old old
d rename "$ID" old
d run -d --network none --name other busybox top
d rename other old
d rm -f old other
