# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILsFilterDangling
# fixtures: busybox
d volume create testnotinuse1
d volume create testisinuse1
d volume create testisinuse2
d run --network none --name volume-test1 -v testisinuse1:/foo busybox true
d create --network none --name volume-test2 -v testisinuse2:/foo busybox true
d volume ls
d volume ls --filter dangling=false
d volume ls --filter dangling=true
d volume ls --filter dangling=1
d volume ls --filter dangling=0
d volume ls --filter name=testisin
