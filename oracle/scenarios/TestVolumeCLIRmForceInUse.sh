# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIRmForceInUse
# fixtures: busybox
d volume create testvolume
d create --network none --name c1 -v testvolume:/foo busybox
d volume rm -f testvolume
d volume ls
d volume rm -f testvolume
d rm c1
d volume rm -f testvolume
d volume ls
