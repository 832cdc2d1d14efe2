# source: integration-cli/docker_cli_create_test.go TestCreateRM
# fixtures: busybox
d create --network none --name c1 busybox
d rm c1
d create --network none --name c2 busybox
d rm -f c2
d ps -a
