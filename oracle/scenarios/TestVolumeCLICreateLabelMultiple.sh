# source: integration-cli/docker_cli_volume_test.go TestVolumeCLICreateLabelMultiple
# fixtures: none
d volume create testvolcreatelabel --label foo=bar --label baz=foo
d volume inspect '--format={{ .Labels.foo }}' testvolcreatelabel
d volume inspect '--format={{ .Labels.baz }}' testvolcreatelabel
d volume inspect '--format={{ json .Labels }}' testvolcreatelabel
