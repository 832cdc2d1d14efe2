# source: integration-cli/docker_api_containers_test.go TestPostContainerAPICreateWithStringOrSliceEntrypoint (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name echotest --entrypoint echo busybox hello world
d start -a echotest
d inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' echotest
