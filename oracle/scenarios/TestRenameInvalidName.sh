# source: integration-cli/docker_cli_rename_test.go TestRenameInvalidName (moby v17.12)
# fixtures: busybox
d run -d --network none --name myname busybox top
d rename myname new:invalid
d rename myname ''
d rename '' newname
d rename myname /x
d ps -a --format '{{.Names}}'
d rm -f myname
