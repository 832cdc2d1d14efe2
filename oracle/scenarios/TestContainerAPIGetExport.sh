# source: integration-cli/docker_api_containers_test.go TestContainerAPIGetExport (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name exportcontainer busybox touch /test
sh_d 'engine export exportcontainer | tar -t | grep -x test'
d export -o $TMP/out.tar exportcontainer
sh_d 'tar -tf $TMP/out.tar | grep -c -x -e test -e bin/ -e etc/'
