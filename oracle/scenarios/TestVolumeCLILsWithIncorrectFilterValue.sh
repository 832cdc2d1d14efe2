# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILsWithIncorrectFilterValue
# fixtures: none
d volume ls -f dangling=invalid
