# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILs
# fixtures: busybox
d volume create aaa
d volume create test
d volume create soo
d run --network none -v soo:/foo busybox ls /
d volume ls -q
d volume ls
