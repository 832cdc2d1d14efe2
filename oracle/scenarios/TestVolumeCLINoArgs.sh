# source: integration-cli/docker_cli_volume_test.go TestVolumeCLINoArgs
# fixtures: none
d volume
d volume somearg
d volume --no-such-flag
