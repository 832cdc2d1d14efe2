# source: integration-cli/docker_cli_inspect_test.go TestInspectNamedMountPoint
# fixtures: busybox
d run -d --network none --name test -v data:/data busybox cat
d inspect --format '{{range .Mounts}}{{.Type}} {{.Name}} {{.Driver}} {{.Destination}} {{.Mode}} {{.RW}} {{.Propagation}}{{end}}' test
d inspect --format '{{range .Mounts}}{{if .Source}}has source{{end}}{{end}}' test
