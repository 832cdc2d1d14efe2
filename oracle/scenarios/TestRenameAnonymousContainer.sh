# source: integration/container/rename_test.go TestRenameAnonymousContainer (a container run without a name, renamed, stopped and started again keeps the new name; the user network and ping by name are left out: no bridge networks)
# fixtures: busybox
ID=$(q run -d busybox top)
d rename "$ID" container1TestRenameAnonymousContainer
d stop -t 1 container1TestRenameAnonymousContainer
d start container1TestRenameAnonymousContainer
d inspect -f '{{.Name}} {{.State.Status}}' "$ID"
d ps --format '{{.Names}} {{.Status}}'
d rm -f container1TestRenameAnonymousContainer
