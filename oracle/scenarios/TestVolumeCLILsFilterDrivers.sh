# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILsFilterDrivers
# fixtures: none
d volume create testvol-1
d volume create testvol-2
d volume ls --filter driver=local
d volume ls --filter driver=invaliddriver
d volume ls --filter driver=loca
d volume ls --filter driver=
