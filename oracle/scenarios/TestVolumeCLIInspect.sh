# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIInspect
# fixtures: none
d volume inspect doesnotexist
N=$(q volume create)
d volume inspect '--format={{ .Name }}' "$N"
d volume create test
d volume inspect '--format={{ .Name }}' test
d volume inspect --format '{{.Driver}} {{.Scope}} {{.Labels}} {{.Options}}' test
