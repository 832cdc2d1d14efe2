# source: integration-cli/docker_cli_exec_test.go TestExecInspectID (made deterministic: the exec ends before the second look)
# fixtures: busybox
d run -d --network none --name c1 busybox top
d inspect --format '{{.ExecIDs}}' c1
sh_d '(engine exec c1 sh -c "while ! test -e /execid1; do sleep 1; done" &); sleep 2; engine inspect --format "{{len .ExecIDs}}" c1'
d exec c1 sh -c 'touch /execid1'
sleep 2
d inspect --format '{{.ExecIDs}}' c1
d rm -f c1
