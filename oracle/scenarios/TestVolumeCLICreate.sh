# source: integration-cli/docker_cli_volume_test.go TestVolumeCLICreate
# fixtures: none
d volume create
d volume create -d nosuchdriver
d volume create --name=test
d volume create test2
sh_d 'engine volume ls -q | wc -l'
