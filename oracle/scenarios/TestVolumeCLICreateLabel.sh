# source: integration-cli/docker_cli_volume_test.go TestVolumeCLICreateLabel
# fixtures: none
d volume create --label foo=bar testvolcreatelabel
d volume inspect '--format={{ .Labels.foo }}' testvolcreatelabel
