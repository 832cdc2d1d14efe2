# source: integration-cli/docker_cli_ps_test.go TestPsNotShowLinknamesOfDeletedContainer (created only: never started)
# fixtures: busybox
d create --name=aaa busybox top
d create --name=bbb --link=aaa busybox top
d ps --no-trunc -a --format '{{.Names}}'
d rm bbb
d ps --no-trunc -a --format '{{.Names}}'
