# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILsErrorWithInvalidFilterName
# fixtures: none
d volume ls -f FOO=123
