# source: integration-cli/docker_cli_run_test.go TestRunVolumesFromRestartAfterRemoved
# fixtures: busybox
q run --network none -d --name=voltest -v /foo busybox top >/dev/null
q run --network none -d --name=restarter --volumes-from voltest busybox top >/dev/null
d rm -f voltest
d restart -t 0 restarter
d inspect -f '{{.State.Running}} {{range .Mounts}}{{.Destination}}{{end}}' restarter
d rm -f restarter
