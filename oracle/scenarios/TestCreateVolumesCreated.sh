# source: integration-cli/docker_cli_create_test.go TestCreateVolumesCreated
# fixtures: busybox
d create --network none --name test_create_volume -v /foo busybox
sh_d 'test -d "$(engine inspect --format "{{range .Mounts}}{{if eq .Destination \"/foo\"}}{{.Source}}{{end}}{{end}}" test_create_volume)" && echo exists'
d inspect --format '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Driver}} {{.Mode}} {{.RW}} {{.Propagation}}{{end}}' test_create_volume
sh_d 'engine volume ls -q | wc -l'
