# source: integration-cli/docker_cli_run_test.go TestRunState
# fixtures: busybox
d run -d --network none --name c1 busybox top
d inspect --format '{{.State.Running}} {{if .State.Pid}}has pid{{end}}' c1
d stop c1
d inspect --format '{{.State.Running}} {{.State.Pid}}' c1
d start c1
d inspect --format '{{.State.Running}} {{if .State.Pid}}has pid{{end}}' c1
d rm -f c1
