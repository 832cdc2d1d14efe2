# source: integration-cli/docker_cli_volume_test.go TestVolumeLsFormat
# fixtures: none
d volume create aaa
d volume create test
d volume create soo
d volume ls --format '{{.Name}}'
d volume ls --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Labels}}|{{.Links}}|{{.Size}}'
d volume ls --format 'table {{.Name}}\t{{.Driver}}'
d volume ls --format '{{json .Name}} {{json .Labels}} {{json .Size}} {{json .Driver}}'
