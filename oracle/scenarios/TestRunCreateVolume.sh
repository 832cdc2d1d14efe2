# source: integration-cli/docker_cli_run_test.go TestRunCreateVolume
# fixtures: busybox
d run --network none --name c1 -v /var/lib/data busybox true
d inspect --format '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' c1
