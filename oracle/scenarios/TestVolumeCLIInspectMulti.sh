# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIInspectMulti
# fixtures: none
d volume create test1
d volume create test2
d volume create test3
d volume inspect '--format={{ .Name }}' test1 test2 doesnotexist test3
