# source: integration-cli/docker_api_containers_test.go TestContainerAPICreate (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name created busybox touch /testfile
d start -a created
d diff created
