# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIRmForce
# fixtures: none
d volume create test
sh_d 'P=$(engine volume inspect --format "{{.Mountpoint}}" test); rm -rf "${P%/_data}"'
d volume rm -f test
d volume ls
d volume create test
d volume ls
