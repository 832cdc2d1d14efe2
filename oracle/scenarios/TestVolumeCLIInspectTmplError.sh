# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIInspectTmplError
# fixtures: none
N=$(q volume create)
d volume inspect "--format='{{ .FooBar }}'" "$N"
